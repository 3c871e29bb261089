package dev.fuselage.ontology;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Ready-made ontologies for the common datasets. Each call builds a fresh, immutable {@link Ontology}.
 *
 * <ul>
 *   <li>{@link #kitti()} — the 8 KITTI object types with KITTI's {@code truncated} and {@code occluded}.</li>
 *   <li>{@link #nuScenesLike()} — the 10 nuScenes detection classes with their state attributes.</li>
 *   <li>{@link #coco80()} — the 80 COCO object categories under their supercategories.</li>
 *   <li>{@link #semanticKitti()} — the SemanticKITTI point classes with their standard ids and colours.</li>
 * </ul>
 */
public final class Presets {
    private Presets() {
    }

    // ---------------------------------------------------------------------------------------------- KITTI

    /** KITTI's {@code occluded} values with the meanings from the object development kit's readme. */
    public static final EnumAttribute KITTI_OCCLUDED = EnumAttribute.of("occluded", true, "0", "1", "2", "3")
            .withLabels(Map.of("0", "fully visible", "1", "partly occluded", "2", "largely occluded",
                    "3", "unknown"))
            .withDefault("0");

    /** KITTI's {@code truncated}: 0 (fully inside the image) to 1 (fully outside). */
    public static final NumberAttribute KITTI_TRUNCATED = NumberAttribute.range("truncated", 0, 1, true)
            .withDefault(0);

    /**
     * The KITTI object benchmark's 8 types, names exactly as in {@code label_2} files, hotkeys 1–8, and KITTI's
     * {@code truncated} and {@code occluded} as global attributes. ({@code DontCare} is a region marker, not a
     * class, and is left out.)
     *
     * <p>Size priors are the mean length x width x height of each type over the KITTI training labels, as
     * published with Frustum PointNets ({@code g_type_mean_size}) and reused by VoxelNet ports (e.g.
     * RPFey/voxelnet_pytorch {@code configs/kitti.py}), rounded to centimetres; Car, Pedestrian and Cyclist agree
     * with the anchor sizes of SECOND/PointPillars (3.9 x 1.6 x 1.56, 0.8 x 0.6 x 1.73, 1.76 x 0.6 x 1.73).
     */
    public static Ontology kitti() {
        List<LabelClass> classes = List.of(
                kittiClass("Car", 0x5AB0FF, "1", 3.88, 1.63, 1.53),
                kittiClass("Van", 0xB794FF, "2", 5.07, 1.90, 2.21),
                kittiClass("Truck", 0xFFA14A, "3", 10.14, 2.59, 3.25),
                kittiClass("Pedestrian", 0xFF6B81, "4", 0.84, 0.66, 1.76),
                kittiClass("Person_sitting", 0xFF9EE6, "5", 0.80, 0.60, 1.27),
                kittiClass("Cyclist", 0x7CE37C, "6", 1.76, 0.60, 1.74),
                kittiClass("Tram", 0xF2E05A, "7", 16.17, 2.53, 3.53),
                kittiClass("Misc", 0x6FE0D8, "8", 3.64, 1.54, 1.92));
        return new Ontology("KITTI", classes, List.of(KITTI_TRUNCATED, KITTI_OCCLUDED));
    }

    private static LabelClass kittiClass(String name, int rgb, String key, double l, double w, double h) {
        return LabelClass.of(name, Rgb.ofPacked(rgb)).withHotkey(key).withSizePrior(l, w, h);
    }

    // ------------------------------------------------------------------------------------------- nuScenes

    private static final Map<String, String> VEHICLE_STATES = labels(
            "vehicle.moving", "moving", "vehicle.stopped", "stopped (temporarily, e.g. at a light)",
            "vehicle.parked", "parked");
    private static final Map<String, String> CYCLE_STATES = labels(
            "cycle.with_rider", "with rider", "cycle.without_rider", "without rider");
    private static final Map<String, String> PEDESTRIAN_STATES = labels(
            "pedestrian.moving", "moving", "pedestrian.standing", "standing",
            "pedestrian.sitting_lying_down", "sitting or lying down");

    /**
     * The 23 general nuScenes categories ({@code category.json}), collapsed to the 10 classes of the nuScenes
     * detection benchmark ({@code car, truck, bus, trailer, construction_vehicle, pedestrian, motorcycle, bicycle,
     * traffic_cone, barrier}) as the devkit's {@code category_to_detection_name} does; see
     * {@link #nuScenesDetectionClass}.
     *
     * <p>Each vehicle, cycle and pedestrian class has one required enum attribute {@code state} whose values are the
     * nuScenes attribute names themselves ({@code vehicle.parked}, {@code cycle.with_rider},
     * {@code pedestrian.standing}…), so export writes them unchanged; its default is the most common state of the
     * class (the {@code DefaultAttribute} table of mmdetection3d). Cones and barriers have no attributes. Hotkeys
     * 1–9 and 0. Size priors (length x width x height) are OpenPCDet's per-class nuScenes anchor sizes
     * ({@code cbgs_second_multihead}), which are the class means of the nuScenes training boxes.
     */
    public static Ontology nuScenesLike() {
        List<LabelClass> classes = List.of(
                nusClass("car", 0x5AB0FF, "1", 4.63, 1.97, 1.74, vehicleState("vehicle.parked")),
                nusClass("truck", 0xFFA14A, "2", 6.93, 2.51, 2.84, vehicleState("vehicle.parked")),
                nusClass("bus", 0xF2E05A, "3", 10.5, 2.94, 3.47, vehicleState("vehicle.moving")),
                nusClass("trailer", 0xC9A27E, "4", 12.29, 2.90, 3.87, vehicleState("vehicle.parked")),
                nusClass("construction_vehicle", 0xFF9EE6, "5", 6.37, 2.85, 3.19, vehicleState("vehicle.parked")),
                nusClass("pedestrian", 0xFF6B81, "6", 0.73, 0.67, 1.77, pedestrianState()),
                nusClass("motorcycle", 0xB794FF, "7", 2.11, 0.77, 1.47, cycleState()),
                nusClass("bicycle", 0x7CE37C, "8", 1.70, 0.60, 1.28, cycleState()),
                nusClass("traffic_cone", 0x6FE0D8, "9", 0.41, 0.41, 1.07, null),
                nusClass("barrier", 0xB0BEC5, "0", 0.50, 2.53, 0.98, null));
        return new Ontology("nuScenes-like", classes, List.of());
    }

    private static LabelClass nusClass(String name, int rgb, String key, double l, double w, double h,
                                       EnumAttribute state) {
        LabelClass c = LabelClass.of(name, Rgb.ofPacked(rgb)).withHotkey(key).withSizePrior(l, w, h);
        return state == null ? c : c.withAttributes(state);
    }

    private static EnumAttribute vehicleState(String mostCommon) {
        return new EnumAttribute("state", List.copyOf(VEHICLE_STATES.keySet()), VEHICLE_STATES,
                Optional.of(mostCommon), true);
    }

    private static EnumAttribute cycleState() {
        return new EnumAttribute("state", List.copyOf(CYCLE_STATES.keySet()), CYCLE_STATES,
                Optional.of("cycle.without_rider"), true);
    }

    private static EnumAttribute pedestrianState() {
        return new EnumAttribute("state", List.copyOf(PEDESTRIAN_STATES.keySet()), PEDESTRIAN_STATES,
                Optional.of("pedestrian.moving"), true);
    }

    private static final Map<String, String> NUSCENES_TO_DETECTION = nuScenesMapping();

    private static Map<String, String> nuScenesMapping() {
        Map<String, String> m = new LinkedHashMap<>();
        // null: a category the detection benchmark ignores
        m.put("animal", null);
        m.put("human.pedestrian.adult", "pedestrian");
        m.put("human.pedestrian.child", "pedestrian");
        m.put("human.pedestrian.construction_worker", "pedestrian");
        m.put("human.pedestrian.personal_mobility", null);
        m.put("human.pedestrian.police_officer", "pedestrian");
        m.put("human.pedestrian.stroller", null);
        m.put("human.pedestrian.wheelchair", null);
        m.put("movable_object.barrier", "barrier");
        m.put("movable_object.debris", null);
        m.put("movable_object.pushable_pullable", null);
        m.put("movable_object.trafficcone", "traffic_cone");
        m.put("static_object.bicycle_rack", null);
        m.put("vehicle.bicycle", "bicycle");
        m.put("vehicle.bus.bendy", "bus");
        m.put("vehicle.bus.rigid", "bus");
        m.put("vehicle.car", "car");
        m.put("vehicle.construction", "construction_vehicle");
        m.put("vehicle.emergency.ambulance", null);
        m.put("vehicle.emergency.police", null);
        m.put("vehicle.motorcycle", "motorcycle");
        m.put("vehicle.trailer", "trailer");
        m.put("vehicle.truck", "truck");
        return m;
    }

    /** The 23 general nuScenes category names, in alphabetical order. */
    public static List<String> nuScenesCategories() {
        return List.copyOf(NUSCENES_TO_DETECTION.keySet());
    }

    /**
     * The {@link #nuScenesLike()} class a general nuScenes category belongs to (e.g. {@code vehicle.bus.rigid} →
     * {@code bus}); empty for the categories the detection benchmark ignores (animals, strollers, debris,
     * ambulances…) and for names that are no nuScenes category.
     */
    public static Optional<String> nuScenesDetectionClass(String category) {
        return Optional.ofNullable(NUSCENES_TO_DETECTION.get(category));
    }

    // ----------------------------------------------------------------------------------------------- COCO

    /** COCO categories as {id, name, supercategory}, in id order (ids have gaps: 12, 26, 29, 30, 45, 66…). */
    private static final String[][] COCO = {
            {"1", "person", "person"}, {"2", "bicycle", "vehicle"}, {"3", "car", "vehicle"},
            {"4", "motorcycle", "vehicle"}, {"5", "airplane", "vehicle"}, {"6", "bus", "vehicle"},
            {"7", "train", "vehicle"}, {"8", "truck", "vehicle"}, {"9", "boat", "vehicle"},
            {"10", "traffic light", "outdoor"}, {"11", "fire hydrant", "outdoor"}, {"13", "stop sign", "outdoor"},
            {"14", "parking meter", "outdoor"}, {"15", "bench", "outdoor"}, {"16", "bird", "animal"},
            {"17", "cat", "animal"}, {"18", "dog", "animal"}, {"19", "horse", "animal"}, {"20", "sheep", "animal"},
            {"21", "cow", "animal"}, {"22", "elephant", "animal"}, {"23", "bear", "animal"},
            {"24", "zebra", "animal"}, {"25", "giraffe", "animal"}, {"27", "backpack", "accessory"},
            {"28", "umbrella", "accessory"}, {"31", "handbag", "accessory"}, {"32", "tie", "accessory"},
            {"33", "suitcase", "accessory"}, {"34", "frisbee", "sports"}, {"35", "skis", "sports"},
            {"36", "snowboard", "sports"}, {"37", "sports ball", "sports"}, {"38", "kite", "sports"},
            {"39", "baseball bat", "sports"}, {"40", "baseball glove", "sports"}, {"41", "skateboard", "sports"},
            {"42", "surfboard", "sports"}, {"43", "tennis racket", "sports"}, {"44", "bottle", "kitchen"},
            {"46", "wine glass", "kitchen"}, {"47", "cup", "kitchen"}, {"48", "fork", "kitchen"},
            {"49", "knife", "kitchen"}, {"50", "spoon", "kitchen"}, {"51", "bowl", "kitchen"},
            {"52", "banana", "food"}, {"53", "apple", "food"}, {"54", "sandwich", "food"},
            {"55", "orange", "food"}, {"56", "broccoli", "food"}, {"57", "carrot", "food"},
            {"58", "hot dog", "food"}, {"59", "pizza", "food"}, {"60", "donut", "food"}, {"61", "cake", "food"},
            {"62", "chair", "furniture"}, {"63", "couch", "furniture"}, {"64", "potted plant", "furniture"},
            {"65", "bed", "furniture"}, {"67", "dining table", "furniture"}, {"70", "toilet", "furniture"},
            {"72", "tv", "electronic"}, {"73", "laptop", "electronic"}, {"74", "mouse", "electronic"},
            {"75", "remote", "electronic"}, {"76", "keyboard", "electronic"}, {"77", "cell phone", "electronic"},
            {"78", "microwave", "appliance"}, {"79", "oven", "appliance"}, {"80", "toaster", "appliance"},
            {"81", "sink", "appliance"}, {"82", "refrigerator", "appliance"}, {"84", "book", "indoor"},
            {"85", "clock", "indoor"}, {"86", "vase", "indoor"}, {"87", "scissors", "indoor"},
            {"88", "teddy bear", "indoor"}, {"89", "hair drier", "indoor"}, {"90", "toothbrush", "indoor"}};

    /**
     * The 80 COCO object categories, in COCO id order, each with its COCO category id as
     * {@link LabelClass#sourceId()} (ids run 1..90 with gaps; look one up with {@link Ontology#bySourceId}).
     *
     * <p>Supercategories are abstract parent classes ({@code vehicle}, {@code animal}, … 11 of them), listed after
     * the 80 categories, so the class list can be grouped and the categories stay what {@link
     * Ontology#concreteClasses()} returns, in id order. COCO's {@code person} is its own supercategory: it stays a
     * concrete root class, because a class cannot be its own parent. The COCO supercategory of a class is therefore
     * {@link #cocoSupercategory}: its parent's name, or its own name for a root. No hotkeys (80 keys would be
     * meaningless); colours come from {@link Palette#colors}.
     */
    public static Ontology coco80() {
        List<String> groups = new ArrayList<>();
        for (String[] row : COCO) {
            if (!row[2].equals(row[1]) && !groups.contains(row[2])) {
                groups.add(row[2]);
            }
        }
        List<Rgb> colours = Palette.colors(COCO.length + groups.size());
        List<LabelClass> classes = new ArrayList<>();
        for (String[] row : COCO) {
            LabelClass c = LabelClass.of(row[1], colours.get(classes.size())).withSourceId(Integer.parseInt(row[0]));
            classes.add(row[2].equals(row[1]) ? c : c.withParent(row[2]));
        }
        for (String group : groups) {
            classes.add(LabelClass.of(group, colours.get(classes.size())).asAbstract());
        }
        return new Ontology("COCO", classes, List.of());
    }

    /** The COCO supercategory of a class of {@link #coco80()}: its parent, or itself when it has none. */
    public static String cocoSupercategory(LabelClass c) {
        return c.parent().orElse(c.name());
    }

    // ---------------------------------------------------------------------------------------- SemanticKITTI

    /**
     * The 34 SemanticKITTI point classes ({@code semantic-kitti.yaml}): names, colours and label ids as
     * {@link LabelClass#sourceId()}; see {@link SemanticKitti} for how the cuboid presets map onto them.
     */
    public static Ontology semanticKitti() {
        return SemanticKitti.ontology();
    }

    private static Map<String, String> labels(String... pairs) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            m.put(pairs[i], pairs[i + 1]);
        }
        return m;
    }
}
