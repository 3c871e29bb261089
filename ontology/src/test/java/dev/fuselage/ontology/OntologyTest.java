package dev.fuselage.ontology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class OntologyTest {
    private static final Rgb RED = Rgb.parse("#FF6B81");
    private static final Rgb BLUE = Rgb.parse("#5AB0FF");

    private static String constructionError(List<LabelClass> classes, List<AttributeDef> global) {
        return assertThrows(IllegalArgumentException.class, () -> new Ontology("t", classes, global)).getMessage();
    }

    @Test
    void refusesDuplicateClassNamesButKeepsCaseDistinct() {
        assertEquals("duplicate class name 'Car'", constructionError(
                List.of(LabelClass.of("Car", RED), LabelClass.of("Car", BLUE)), List.of()));
        assertEquals(2, new Ontology("t", List.of(LabelClass.of("Car", RED), LabelClass.of("car", BLUE)), List.of())
                .classes().size());
    }

    @Test
    void refusesTheSameHotkeyTwiceWhateverTheLetterCase() {
        assertEquals("hotkey C is used by both 'Car' and 'Cyclist'", constructionError(List.of(
                LabelClass.of("Car", RED).withHotkey("c"), LabelClass.of("Cyclist", BLUE).withHotkey("C")),
                List.of()));
        // Shift+C is another key than C
        new Ontology("t", List.of(LabelClass.of("Car", RED).withHotkey("C"),
                LabelClass.of("Cyclist", BLUE).withHotkey("Shift+C")), List.of());
    }

    @Test
    void refusesUnknownParentsAndCycles() {
        assertEquals("class 'Car' has parent 'vehicle', which is not a class of this ontology",
                constructionError(List.of(LabelClass.of("Car", RED).withParent("vehicle")), List.of()));
        String cycle = constructionError(List.of(LabelClass.of("a", RED).withParent("b"),
                LabelClass.of("b", BLUE).withParent("a")), List.of());
        assertEquals("classes 'a' -> 'b' -> 'a' form a cycle of parents", cycle);
        assertThrows(IllegalArgumentException.class, () -> LabelClass.of("a", RED).withParent("a"));
    }

    @Test
    void refusesAnAttributeThatAClassWouldGetTwice() {
        EnumAttribute occluded = Presets.KITTI_OCCLUDED;
        assertEquals("class 'Car' gets attribute 'occluded' twice (from the global attributes and class 'Car')",
                constructionError(List.of(LabelClass.of("Car", RED).withAttributes(occluded)), List.of(occluded)));
        assertEquals("class 'Car' gets attribute 'moving' twice (from class 'vehicle' and class 'Car')",
                constructionError(List.of(
                        LabelClass.of("vehicle", BLUE).asAbstract().withAttributes(BoolAttribute.of("moving", false)),
                        LabelClass.of("Car", RED).withParent("vehicle")
                                .withAttributes(BoolAttribute.of("moving", true))), List.of()));
        assertEquals("global attribute 'occluded' is defined twice",
                constructionError(List.of(), List.of(occluded, occluded)));
    }

    @Test
    void refusesDuplicateSourceIds() {
        assertEquals("source id 3 is used by both 'car' and 'truck'", constructionError(List.of(
                LabelClass.of("car", RED).withSourceId(3), LabelClass.of("truck", BLUE).withSourceId(3)), List.of()));
    }

    @Test
    void attributeDefinitionsCheckTheirDefaultsAndRanges() {
        assertEquals("enum attribute 'occluded' has default '4', which is not one of 0, 1, 2, 3",
                assertThrows(IllegalArgumentException.class,
                        () -> EnumAttribute.of("occluded", true, "0", "1", "2", "3").withDefault("4")).getMessage());
        assertEquals("number attribute 'truncated' has default 2, which is not allowed: 2 is outside [0, 1]",
                assertThrows(IllegalArgumentException.class,
                        () -> NumberAttribute.range("truncated", 0, 1, true).withDefault(2)).getMessage());
        assertThrows(IllegalArgumentException.class, () -> NumberAttribute.range("x", 1, 0, false));
        assertThrows(IllegalArgumentException.class, () -> NumberAttribute.range("x", 0, 1, false).withStep(0));
        assertThrows(IllegalArgumentException.class,
                () -> NumberAttribute.range("x", 0, 1, false).withStep(0.25).withDefault(0.3));
        assertThrows(IllegalArgumentException.class, () -> EnumAttribute.of("e", false));
        assertThrows(IllegalArgumentException.class, () -> EnumAttribute.of("e", false, "a", "a"));
        assertThrows(IllegalArgumentException.class,
                () -> EnumAttribute.of("e", false, "a").withLabels(Map.of("b", "bee")));
        assertThrows(IllegalArgumentException.class, () -> TextAttribute.of("t", false).withMaxLength(0));
        assertThrows(IllegalArgumentException.class, () -> LabelClass.of(" Car", RED));
        assertThrows(IllegalArgumentException.class, () -> LabelClass.of("", RED));
    }

    @Test
    void looksUpByNameHotkeyParentAndSourceId() {
        Ontology o = new Ontology("t", List.of(
                LabelClass.of("vehicle", BLUE).asAbstract(),
                LabelClass.of("car", RED).withParent("vehicle").withHotkey("1").withSourceId(3),
                LabelClass.of("sedan", RED).withParent("car").withHotkey("Shift+1"),
                LabelClass.of("truck", BLUE).withParent("vehicle").withHotkey("2"),
                LabelClass.of("person", RED)), List.of());
        assertEquals("car", o.get("car").name());
        assertTrue(o.find("Car").isEmpty());
        assertEquals("sedan", o.byHotkey("shift+1").orElseThrow().name());
        assertEquals("car", o.byHotkey(Hotkey.of("1")).orElseThrow().name());
        assertTrue(o.byHotkey("3").isEmpty());
        assertEquals("car", o.bySourceId(3).orElseThrow().name());
        assertEquals(List.of("car", "truck"), o.children("vehicle").stream().map(LabelClass::name).toList());
        assertEquals(List.of(), o.children("person"));
        assertEquals(List.of("vehicle", "person"), o.roots().stream().map(LabelClass::name).toList());
        assertEquals(List.of("car", "vehicle"), o.ancestors("sedan").stream().map(LabelClass::name).toList());
        assertEquals(List.of("car", "sedan", "truck", "person"),
                o.concreteClasses().stream().map(LabelClass::name).toList());
        assertEquals("unknown class 'bus' in ontology 't'",
                assertThrows(IllegalArgumentException.class, () -> o.get("bus")).getMessage());
    }

    @Test
    void classesInheritAttributesFromGlobalsAndAncestorsInOrder() {
        Ontology o = new Ontology("t", List.of(
                LabelClass.of("vehicle", BLUE).asAbstract().withAttributes(BoolAttribute.of("moving", true)),
                LabelClass.of("car", RED).withParent("vehicle").withAttributes(TextAttribute.of("plate", false))),
                List.of(NumberAttribute.range("truncated", 0, 1, false).withDefault(0)));
        assertEquals(List.of("truncated", "moving", "plate"),
                o.attributesOf("car").stream().map(AttributeDef::name).toList());
        assertEquals(List.of("truncated", "moving"),
                o.attributesOf("vehicle").stream().map(AttributeDef::name).toList());
        assertEquals(Map.of("truncated", 0.0), o.defaults("car"));
    }

    @Test
    void addsImportedClassesWithColoursApartFromTheExistingOnes() {
        Ontology kitti = Presets.kitti();
        Ontology more = kitti.withAddedClasses(List.of("Car", "Bus", "Animal", "Bus"));
        assertEquals(10, more.classes().size());
        assertEquals(kitti.classes(), more.classes().subList(0, 8));
        LabelClass bus = more.get("Bus");
        assertTrue(bus.parent().isEmpty() && bus.hotkey().isEmpty() && !bus.abstractClass());
        assertNotEquals(bus.color(), more.get("Animal").color());
        for (LabelClass c : kitti.classes()) {
            assertTrue(Palette.distance(c.color(), bus.color()) > 0.05, c.name() + " vs Bus");
        }
        assertSame(kitti, kitti.withAddedClasses(List.of("Car")));
    }

    @Test
    void equalityIsByContent() {
        assertEquals(Presets.kitti(), Presets.kitti());
        assertEquals(Presets.coco80().hashCode(), Presets.coco80().hashCode());
        assertNotEquals(Presets.kitti(), Presets.nuScenesLike());
        assertEquals(Optional.of(Hotkey.parse("Ctrl+Alt+Shift+F12")),
                Optional.of(new Hotkey(true, true, true, "F12")));
    }
}
