package dev.fuselage.ontology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.fuselage.testkit.TestData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class PresetsTest {

    static Stream<Ontology> presets() {
        return Stream.of(Presets.kitti(), Presets.nuScenesLike(), Presets.coco80());
    }

    @Test
    void kittiHasExactlyTheEightObjectTypesWithHotkeysOneToEight() {
        Ontology kitti = Presets.kitti();
        assertEquals(List.of("Car", "Van", "Truck", "Pedestrian", "Person_sitting", "Cyclist", "Tram", "Misc"),
                kitti.classes().stream().map(LabelClass::name).toList());
        for (int i = 0; i < 8; i++) {
            assertEquals(kitti.classes().get(i), kitti.byHotkey(Integer.toString(i + 1)).orElseThrow());
        }
        assertTrue(kitti.classes().stream().allMatch(c -> c.sizePrior().isPresent()));
        assertEquals(new SizePrior(3.88, 1.63, 1.53), kitti.get("Car").sizePrior().orElseThrow());
        assertTrue(kitti.find("car").isEmpty(), "KITTI type names are case-sensitive");
        assertEquals(List.of("truncated", "occluded"),
                kitti.attributesOf("Cyclist").stream().map(AttributeDef::name).toList());
        assertEquals("largely occluded", Presets.KITTI_OCCLUDED.labels().get("2"));
        assertEquals(Map.of("truncated", 0.0, "occluded", "0"), kitti.defaults("Car"));
    }

    @Test
    void kittiSizePriorsAreOrderedLikeTheRealObjects() {
        Ontology kitti = Presets.kitti();
        double tram = kitti.get("Tram").sizePrior().orElseThrow().length();
        double truck = kitti.get("Truck").sizePrior().orElseThrow().length();
        double van = kitti.get("Van").sizePrior().orElseThrow().length();
        double car = kitti.get("Car").sizePrior().orElseThrow().length();
        assertTrue(tram > truck && truck > van && van > car);
        assertTrue(kitti.get("Person_sitting").sizePrior().orElseThrow().height()
                < kitti.get("Pedestrian").sizePrior().orElseThrow().height());
    }

    /** Every object of the shared KITTI label files is a preset class and its truncated/occluded validate. */
    @Test
    void sharedKittiLabelsValidateAgainstThePreset() throws IOException {
        Ontology kitti = Presets.kitti();
        Path dir = TestData.file("kitti/object/training/label_2");
        int objects = 0;
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.sorted().toList()) {
                for (String line : Files.readAllLines(file)) {
                    String[] f = line.trim().split("\\s+");
                    if (f[0].equals("DontCare")) {
                        continue;
                    }
                    Map<String, Object> attrs = Map.of("truncated", Double.parseDouble(f[1]),
                            "occluded", Integer.parseInt(f[2]));
                    assertEquals(List.of(), kitti.validate(f[0], attrs), file + ": " + line);
                    objects++;
                }
            }
        }
        assertEquals(7, objects, "the manifest lists 7 labelled objects besides DontCare");
    }

    @Test
    void nuScenesLikeHasTheTenDetectionClassesAndTheirStates() {
        Ontology nus = Presets.nuScenesLike();
        assertEquals(List.of("car", "truck", "bus", "trailer", "construction_vehicle", "pedestrian", "motorcycle",
                "bicycle", "traffic_cone", "barrier"), nus.classes().stream().map(LabelClass::name).toList());
        assertEquals("barrier", nus.byHotkey("0").orElseThrow().name());
        EnumAttribute carState = (EnumAttribute) nus.attributesOf("car").get(0);
        assertEquals(List.of("vehicle.moving", "vehicle.stopped", "vehicle.parked"), carState.values());
        assertEquals(Optional.of("vehicle.parked"), carState.defaultValue());
        assertEquals(List.of("cycle.with_rider", "cycle.without_rider"),
                ((EnumAttribute) nus.attributesOf("bicycle").get(0)).values());
        assertEquals(List.of("pedestrian.moving", "pedestrian.standing", "pedestrian.sitting_lying_down"),
                ((EnumAttribute) nus.attributesOf("pedestrian").get(0)).values());
        assertEquals(List.of(), nus.attributesOf("traffic_cone"));
        assertFalse(nus.validate("car", Map.of("state", "cycle.with_rider")).isEmpty());
        assertEquals(List.of(), nus.validate("bus", Map.of("state", "vehicle.stopped")));
    }

    @Test
    void nuScenesCategoriesCollapseOntoTheDetectionClasses() {
        Ontology nus = Presets.nuScenesLike();
        List<String> categories = Presets.nuScenesCategories();
        assertEquals(23, categories.size());
        assertEquals(23, new HashSet<>(categories).size());
        Set<String> targets = new LinkedHashSet<>();
        int mapped = 0;
        for (String category : categories) {
            Optional<String> target = Presets.nuScenesDetectionClass(category);
            if (target.isPresent()) {
                mapped++;
                assertTrue(nus.find(target.get()).isPresent(), category + " -> " + target.get());
                targets.add(target.get());
            }
        }
        assertEquals(14, mapped);
        assertEquals(10, targets.size(), "every detection class has a source category");
        assertEquals(Optional.of("bus"), Presets.nuScenesDetectionClass("vehicle.bus.bendy"));
        assertEquals(Optional.empty(), Presets.nuScenesDetectionClass("vehicle.emergency.ambulance"));
        assertEquals(Optional.empty(), Presets.nuScenesDetectionClass("no.such.category"));
    }

    /** The shared COCO annotation file is the source of truth for ids, names and supercategories. */
    @Test
    void coco80MatchesTheCategoriesOfTheSharedCocoFile() throws IOException {
        JsonNode root = new ObjectMapper().readTree(TestData.file("coco/instances_val2017_small.json").toFile());
        List<String> expected = new ArrayList<>();
        for (JsonNode c : root.get("categories")) {
            expected.add(c.get("id").asInt() + "|" + c.get("name").asText() + "|" + c.get("supercategory").asText());
        }
        Ontology coco = Presets.coco80();
        List<String> actual = coco.concreteClasses().stream()
                .map(c -> c.sourceId().getAsInt() + "|" + c.name() + "|" + Presets.cocoSupercategory(c))
                .toList();
        assertEquals(80, expected.size());
        assertEquals(expected, actual);
    }

    @Test
    void coco80GroupsUnderAbstractSupercategories() {
        Ontology coco = Presets.coco80();
        assertEquals(91, coco.classes().size());
        assertEquals(11, coco.classes().stream().filter(LabelClass::abstractClass).count());
        assertEquals("toothbrush", coco.bySourceId(90).orElseThrow().name());
        assertEquals("stop sign", coco.bySourceId(13).orElseThrow().name());
        assertTrue(coco.bySourceId(12).isEmpty(), "COCO id 12 is unused");
        assertTrue(coco.get("person").parent().isEmpty());
        assertEquals(List.of("bicycle", "car", "motorcycle", "airplane", "bus", "train", "truck", "boat"),
                coco.children("vehicle").stream().map(LabelClass::name).toList());
        assertEquals(List.of("vehicle"), coco.ancestors("car").stream().map(LabelClass::name).toList());
        assertEquals(1, coco.validate("vehicle", Map.of()).size(), "a supercategory cannot label an object");
    }

    @ParameterizedTest
    @MethodSource("presets")
    void presetsAreInternallyConsistent(Ontology preset) {
        Set<String> names = new HashSet<>();
        Set<Hotkey> keys = new HashSet<>();
        for (LabelClass c : preset.classes()) {
            assertTrue(names.add(c.name()), "duplicate name " + c.name());
            c.hotkey().ifPresent(k -> assertTrue(keys.add(k), "duplicate hotkey " + k));
            c.parent().ifPresent(p -> assertTrue(preset.find(p).isPresent(), "missing parent " + p));
        }
        // a new object of every labelable class starts valid
        for (LabelClass c : preset.concreteClasses()) {
            assertEquals(List.of(), preset.validate(c.name(), preset.defaults(c.name())), c.name());
        }
    }

    @ParameterizedTest
    @MethodSource("presets")
    void presetColoursAreReadableOnTheDarkBackgroundAndDistinct(Ontology preset) {
        List<LabelClass> classes = preset.concreteClasses();
        // hand-picked palettes (few classes) must be clearly apart; an 80-colour palette cannot be as far apart
        double minDistance = classes.size() <= 10 ? 0.08 : 0.03;
        for (int i = 0; i < classes.size(); i++) {
            Rgb a = classes.get(i).color();
            assertTrue(a.contrastRatio(Palette.DARK_BACKGROUND) >= 4.5, classes.get(i).name() + " " + a);
            for (int j = i + 1; j < classes.size(); j++) {
                Rgb b = classes.get(j).color();
                assertTrue(Palette.distance(a, b) >= minDistance, classes.get(i).name() + " " + a + " vs "
                        + classes.get(j).name() + " " + b + ": " + Palette.distance(a, b));
            }
        }
    }
}
