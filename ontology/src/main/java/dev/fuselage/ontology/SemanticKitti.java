package dev.fuselage.ontology;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The SemanticKITTI point classes ({@code semantic-kitti.yaml} of PRBonn/semantic-kitti-api): their standard ids,
 * names and colours, and how the cuboid presets' classes map onto them.
 *
 * <p>Point labels store these ids as the semantic code ({@code .label} files keep them in the lower 16 bits), so a
 * project painted with this preset exports to SemanticKITTI unchanged. The yaml gives colours as BGR; they are
 * stored here as RGB.
 */
public final class SemanticKitti {
    /** {@code unlabeled}: points nobody has labelled. */
    public static final int UNLABELED = 0;
    /** {@code road}: the class ground estimation gives the points it finds. */
    public static final int ROAD = 40;
    /** {@code other-object}: what a box of a class without a SemanticKITTI counterpart gives its points. */
    public static final int OTHER_OBJECT = 99;

    /** id, name, colour 0xRRGGBB — in the order of the yaml's {@code labels}. */
    private static final Object[][] CLASSES = {
            {0, "unlabeled", 0x000000}, {1, "outlier", 0xFF0000}, {10, "car", 0x6496F5},
            {11, "bicycle", 0x64E6F5}, {13, "bus", 0x6450FA}, {15, "motorcycle", 0x1E3C96},
            {16, "on-rails", 0x0000FF}, {18, "truck", 0x501EB4}, {20, "other-vehicle", 0x0000FF},
            {30, "person", 0xFF1E1E}, {31, "bicyclist", 0xFF28C8}, {32, "motorcyclist", 0x961E5A},
            {40, "road", 0xFF00FF}, {44, "parking", 0xFF96FF}, {48, "sidewalk", 0x4B004B},
            {49, "other-ground", 0xAF004B}, {50, "building", 0xFFC800}, {51, "fence", 0xFF7832},
            {52, "other-structure", 0xFF9600}, {60, "lane-marking", 0x96FFAA}, {70, "vegetation", 0x00AF00},
            {71, "trunk", 0x873C00}, {72, "terrain", 0x96F050}, {80, "pole", 0xFFF096},
            {81, "traffic-sign", 0xFF0000}, {99, "other-object", 0x32FFFF}, {252, "moving-car", 0x6496F5},
            {253, "moving-bicyclist", 0xFF28C8}, {254, "moving-person", 0xFF1E1E},
            {255, "moving-motorcyclist", 0x961E5A}, {256, "moving-on-rails", 0x0000FF},
            {257, "moving-bus", 0x6450FA}, {258, "moving-truck", 0x501EB4},
            {259, "moving-other-vehicle", 0x0000FF}};

    /**
     * Cuboid class names (lower case) of the KITTI, nuScenes-like and COCO presets → SemanticKITTI id. Vans,
     * trailers, construction vehicles and KITTI's Misc are {@code other-vehicle}; KITTI's Cyclist (a rider with
     * bike) is {@code bicyclist}; nuScenes' barrier is a {@code fence}, a traffic cone {@code other-object}.
     */
    private static final Map<String, Integer> CUBOID_CLASSES = Map.ofEntries(
            // KITTI
            Map.entry("car", 10), Map.entry("van", 20), Map.entry("truck", 18), Map.entry("pedestrian", 30),
            Map.entry("person_sitting", 30), Map.entry("cyclist", 31), Map.entry("tram", 16),
            Map.entry("misc", 20),
            // nuScenes-like
            Map.entry("bus", 13), Map.entry("trailer", 20), Map.entry("construction_vehicle", 20),
            Map.entry("motorcycle", 15), Map.entry("bicycle", 11), Map.entry("traffic_cone", 99),
            Map.entry("barrier", 51),
            // COCO road users and street furniture
            Map.entry("person", 30), Map.entry("train", 16), Map.entry("traffic light", 81),
            Map.entry("stop sign", 81), Map.entry("fire hydrant", 99), Map.entry("parking meter", 99),
            Map.entry("bench", 99));

    private static final Map<String, Integer> BY_NAME = new HashMap<>();

    static {
        for (Object[] c : CLASSES) {
            BY_NAME.put((String) c[1], (Integer) c[0]);
        }
    }

    private SemanticKitti() {
    }

    /**
     * The preset: one class per SemanticKITTI label, named as in the yaml, coloured as its {@code color_map}, with
     * the label id as {@link LabelClass#sourceId()}. The {@code moving-*} classes are children of their static
     * counterparts ({@code moving-car} of {@code car}), so hiding a class can take its moving variant along.
     */
    static Ontology ontology() {
        List<LabelClass> classes = new ArrayList<>();
        for (Object[] c : CLASSES) {
            String name = (String) c[1];
            LabelClass lc = LabelClass.of(name, Rgb.ofPacked((Integer) c[2])).withSourceId((Integer) c[0]);
            if (name.startsWith("moving-")) {
                lc = lc.withParent(name.substring("moving-".length()));
            }
            classes.add(lc);
        }
        return new Ontology("SemanticKITTI", classes, List.of());
    }

    /**
     * The SemanticKITTI id a class name stands for: a SemanticKITTI name itself, or a cuboid class of the KITTI,
     * nuScenes-like or COCO presets (case-insensitive); {@link #OTHER_OBJECT} for anything else.
     */
    public static int idOf(String className) {
        Integer own = BY_NAME.get(className);
        if (own != null) {
            return own;
        }
        return CUBOID_CLASSES.getOrDefault(className.toLowerCase(Locale.ROOT), OTHER_OBJECT);
    }

    /** The colour of a SemanticKITTI id as 0xRRGGBB, or that of {@code unlabeled} for ids it does not define. */
    public static int colorOf(int id) {
        for (Object[] c : CLASSES) {
            if ((Integer) c[0] == id) {
                return (Integer) c[2];
            }
        }
        return 0;
    }

    /** The name of a SemanticKITTI id ({@code unlabeled} for ids it does not define). */
    public static String nameOf(int id) {
        for (Object[] c : CLASSES) {
            if ((Integer) c[0] == id) {
                return (String) c[1];
            }
        }
        return "unlabeled";
    }

    /** Every SemanticKITTI label id, ascending. */
    public static int[] ids() {
        int[] ids = new int[CLASSES.length];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = (Integer) CLASSES[i][0];
        }
        return ids;
    }
}
