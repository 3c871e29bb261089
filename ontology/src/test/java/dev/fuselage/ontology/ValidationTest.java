package dev.fuselage.ontology;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ValidationTest {
    private final Ontology ontology = new Ontology("t", List.of(
            LabelClass.of("vehicle", Rgb.parse("#5AB0FF")).asAbstract()
                    .withAttributes(EnumAttribute.of("state", true, "moving", "parked")),
            LabelClass.of("Car", Rgb.parse("#FF6B81")).withParent("vehicle").withAttributes(
                    BoolAttribute.of("emergency", false),
                    NumberAttribute.range("doors", 0, 8, false).withStep(1),
                    TextAttribute.of("plate", false).withMaxLength(8))),
            List.of(Presets.KITTI_TRUNCATED, Presets.KITTI_OCCLUDED));

    private Map<String, Object> validCar() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("truncated", 0.25);
        m.put("occluded", "1");
        m.put("state", "parked");
        return m;
    }

    private List<Violation> check(String className, Map<String, Object> attributes) {
        return ontology.validate(className, attributes);
    }

    @Test
    void aConformingObjectHasNoViolations() {
        assertEquals(List.of(), check("Car", validCar()));
        Map<String, Object> full = validCar();
        full.put("emergency", true);
        full.put("doors", 4);
        full.put("plate", "B-XY 123");
        full.put("truncated", BigDecimal.ONE);
        full.put("occluded", 3); // integer codes as read from KITTI label files
        assertEquals(List.of(), check("Car", full));
    }

    @Test
    void unknownClass() {
        assertEquals(List.of(new Violation(null, "unknown class 'Bus'")), check("Bus", validCar()));
        assertEquals(List.of(new Violation(null, "unknown class 'null'")), check(null, Map.of()));
    }

    @Test
    void aGroupingCannotLabelAnObject() {
        Map<String, Object> attrs = validCar();
        assertEquals(List.of(new Violation(null, "class 'vehicle' is a grouping and cannot label an object")),
                check("vehicle", attrs));
    }

    @Test
    void missingRequiredAttributesIncludingNullValues() {
        Map<String, Object> attrs = validCar();
        attrs.remove("state");
        attrs.put("occluded", null);
        assertEquals(List.of(new Violation("occluded", "required attribute is missing"),
                new Violation("state", "required attribute is missing")), check("Car", attrs));
    }

    @Test
    void enumValueNotAllowed() {
        Map<String, Object> attrs = validCar();
        attrs.put("occluded", "4");
        attrs.put("state", true);
        assertEquals(List.of(new Violation("occluded", "'4' is not one of 0, 1, 2, 3"),
                new Violation("state", "expected one of moving, parked but got boolean true")), check("Car", attrs));
        attrs = validCar();
        attrs.put("state", "Parked");
        assertEquals(List.of(new Violation("state", "'Parked' is not one of moving, parked")), check("Car", attrs));
    }

    @Test
    void numberOutOfRangeOffTheStepOrNotANumber() {
        Map<String, Object> attrs = validCar();
        attrs.put("truncated", 1.5);
        attrs.put("doors", 2.5);
        assertEquals(List.of(new Violation("truncated", "1.5 is outside [0, 1]"),
                new Violation("doors", "2.5 is not a multiple of step 1")), check("Car", attrs));
        attrs = validCar();
        attrs.put("truncated", "0.5");
        assertEquals(List.of(new Violation("truncated", "expected a number but got text '0.5'")), check("Car", attrs));
        attrs.put("truncated", Double.NaN);
        assertEquals(List.of(new Violation("truncated", "NaN is not a finite number")), check("Car", attrs));
        attrs.put("truncated", -0.0001f);
        assertEquals(1, check("Car", attrs).size());
    }

    @Test
    void boolMustBeABoolean() {
        Map<String, Object> attrs = validCar();
        attrs.put("emergency", "true");
        assertEquals(List.of(new Violation("emergency", "expected true or false but got text 'true'")),
                check("Car", attrs));
        attrs.put("emergency", 1);
        assertEquals(List.of(new Violation("emergency", "expected true or false but got number 1")),
                check("Car", attrs));
    }

    @Test
    void textTooLongCountsCodePoints() {
        Map<String, Object> attrs = validCar();
        attrs.put("plate", "ABCDEFGHI");
        assertEquals(List.of(new Violation("plate", "text is 9 characters long, more than the maximum 8")),
                check("Car", attrs));
        attrs.put("plate", "\uD83D\uDE97\uD83D\uDE97\uD83D\uDE97\uD83D\uDE97\uD83D\uDE97"); // 5 car emoji, 10 chars
        assertEquals(List.of(), check("Car", attrs));
        attrs.put("plate", 12);
        assertEquals(List.of(new Violation("plate", "expected text but got number 12")), check("Car", attrs));
    }

    @Test
    void unknownAttributesAreReportedSorted() {
        Map<String, Object> attrs = new HashMap<>(validCar());
        attrs.put("zeta", 1);
        attrs.put("alpha", 1);
        attrs.put(null, 1);
        assertEquals(List.of(new Violation(null, "'null' is not an attribute of class 'Car'"),
                new Violation("alpha", "'alpha' is not an attribute of class 'Car'"),
                new Violation("zeta", "'zeta' is not an attribute of class 'Car'")), check("Car", attrs));
    }

    @Test
    void violationsReadWell() {
        assertEquals("plate: text is too long", new Violation("plate", "text is too long").toString());
        assertEquals("unknown class 'Bus'", new Violation(null, "unknown class 'Bus'").toString());
    }
}
