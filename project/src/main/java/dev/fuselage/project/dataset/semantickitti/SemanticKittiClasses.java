package dev.fuselage.project.dataset.semantickitti;

import java.util.Locale;
import java.util.Map;

/**
 * Maps class names to SemanticKITTI label ids ({@code semantic-kitti.yaml}): KITTI's and COCO's road users to
 * {@code car 10, bicycle 11, bus 13, motorcycle 15, on-rails 16, truck 18, other-vehicle 20, person 30,
 * bicyclist 31, motorcyclist 32}; anything else inside a box is {@code other-object 99}; points in no box are
 * {@code unlabeled 0}.
 */
final class SemanticKittiClasses {
    static final int UNLABELED = 0;
    static final int OTHER_OBJECT = 99;

    private static final Map<String, Integer> IDS = Map.ofEntries(
            Map.entry("car", 10), Map.entry("bicycle", 11), Map.entry("bus", 13), Map.entry("motorcycle", 15),
            Map.entry("tram", 16), Map.entry("train", 16), Map.entry("truck", 18), Map.entry("van", 20),
            Map.entry("misc", 20), Map.entry("other-vehicle", 20), Map.entry("pedestrian", 30),
            Map.entry("person", 30), Map.entry("person_sitting", 30), Map.entry("cyclist", 31),
            Map.entry("bicyclist", 31), Map.entry("motorcyclist", 32));

    private SemanticKittiClasses() {
    }

    static int id(String className) {
        return IDS.getOrDefault(className.toLowerCase(Locale.ROOT), OTHER_OBJECT);
    }
}
