package dev.fuselage.ontology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fuselage.testkit.MutationFuzzer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class OntologyJsonTest {
    @TempDir
    Path dir;

    /** Every feature of the schema at once: open ranges, steps, labels, text limits, inheritance, ids. */
    static Ontology everything() {
        return new Ontology("everything", List.of(
                LabelClass.of("vehicle", Rgb.parse("#123456")).asAbstract()
                        .withAttributes(new BoolAttribute("moving", Optional.of(false), true)),
                new LabelClass("Car", Rgb.parse("#ABCDEF"), Optional.of(Hotkey.parse("Ctrl+Shift+c")),
                        Optional.of(new SizePrior(0.1 + 0.2, 1e-3, 12345.678)), Optional.of("vehicle"),
                        List.of(new NumberAttribute("speed", Double.NEGATIVE_INFINITY, 70, Optional.of(0.5),
                                        Optional.of(-2.5), false),
                                new NumberAttribute("any", Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY,
                                        Optional.empty(), Optional.empty(), false),
                                new TextAttribute("plate", OptionalInt.of(10), Optional.of("ünïcødé"), false),
                                TextAttribute.of("note", false)),
                        false, OptionalInt.of(-7)),
                LabelClass.of("Thing \"quoted\"", Rgb.parse("#000000")).withHotkey("F12")),
                List.of(Presets.KITTI_OCCLUDED, EnumAttribute.of("source", false, "human", "model")));
    }

    static Stream<Ontology> ontologies() {
        return Stream.of(Presets.kitti(), Presets.nuScenesLike(), Presets.coco80(), everything(),
                new Ontology("empty", List.of(), List.of()));
    }

    @ParameterizedTest
    @MethodSource("ontologies")
    void roundTripsThroughAFileLosslessly(Ontology ontology) throws IOException {
        Path file = dir.resolve("ontology.json");
        OntologyJson.write(ontology, file);
        Ontology back = OntologyJson.read(file);
        assertEquals(ontology, back);
        // and the text is stable: writing what was read gives the same bytes
        assertEquals(Files.readString(file), OntologyJson.toString(back));
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of(file), files.toList(), "no temporary file is left behind");
        }
    }

    @ParameterizedTest
    @MethodSource("ontologies")
    void roundTripsThroughAString(Ontology ontology) throws IOException {
        assertEquals(ontology, OntologyJson.fromString(OntologyJson.toString(ontology)));
    }

    @Test
    void writesTheDocumentedSchema() throws IOException {
        String json = OntologyJson.toString(Presets.kitti());
        var root = new com.fasterxml.jackson.databind.ObjectMapper().readTree(json);
        assertEquals("fuselage-ontology", root.get("format").asText());
        assertEquals(1, root.get("version").asInt());
        var car = root.get("classes").get(0);
        assertEquals("Car", car.get("name").asText());
        assertEquals("#5AB0FF", car.get("color").asText());
        assertEquals("1", car.get("hotkey").asText());
        assertEquals(3.88, car.get("size").get("length").asDouble());
        var occluded = root.get("attributes").get(1);
        assertEquals("enum", occluded.get("type").asText());
        assertEquals("fully visible", occluded.get("labels").get("0").asText());
    }

    @Test
    void readsAMinimalHandWrittenFile() throws IOException {
        Ontology o = OntologyJson.fromString("""
                {"name": "mine", "classes": [
                  {"name": "cone", "color": "#ff8800", "hotkey": "c",
                   "attributes": [{"name": "occluded", "type": "enum", "values": [0, 1, 2], "default": 0}]}
                ]}""");
        LabelClass cone = o.get("cone");
        assertEquals(new Rgb(255, 136, 0), cone.color());
        assertEquals(Hotkey.of("C"), cone.hotkey().orElseThrow());
        EnumAttribute occluded = (EnumAttribute) cone.attributes().get(0);
        assertEquals(List.of("0", "1", "2"), occluded.values());
        assertEquals(Optional.of("0"), occluded.defaultValue());
        assertEquals(List.of(), o.validate("cone", Map.of("occluded", 2)));
    }

    private String problemIn(String json) throws IOException {
        Path file = dir.resolve("bad.json");
        Files.writeString(file, json);
        OntologyException e = assertThrows(OntologyException.class, () -> OntologyJson.read(file));
        assertEquals(file, e.file());
        assertEquals("bad.json: " + e.problem(), e.getMessage());
        return e.problem();
    }

    private static String classes(String... classJson) {
        return "{\"name\": \"t\", \"classes\": [" + String.join(",", classJson) + "]}";
    }

    @Test
    void malformedJsonNamesTheFilePlaceAndProblem() throws IOException {
        String p = problemIn("{\"name\": \"t\", \"classes\": [\n  {\"name\": \"Car\" \"color\": \"#FFFFFF\"}]}");
        assertTrue(p.startsWith("malformed JSON at line 2, column "), p);
        assertEquals("file is empty", problemIn(""));
        assertTrue(problemIn("{\"name\": \"t\", \"classes\": []} trailing").startsWith("malformed JSON"));
        assertTrue(problemIn("{\"name\": \"t\", \"name\": \"u\", \"classes\": []}").contains("Duplicate field 'name'"));
        assertEquals("the document must be a JSON object, not an array", problemIn("[1, 2]"));
    }

    @Test
    void unknownAttributeType() throws IOException {
        assertEquals("class 'Car', attribute 'occluded': unknown attribute type 'enumeration' (expected enum, bool, "
                + "number or text)", problemIn(classes("{\"name\": \"Car\", \"color\": \"#FFFFFF\", \"attributes\": "
                + "[{\"name\": \"occluded\", \"type\": \"enumeration\", \"values\": [\"0\"]}]}")));
    }

    @Test
    void duplicateClass() throws IOException {
        assertEquals("duplicate class name 'Car'", problemIn(classes(
                "{\"name\": \"Car\", \"color\": \"#FFFFFF\"}", "{\"name\": \"Car\", \"color\": \"#000000\"}")));
    }

    @Test
    void badColour() throws IOException {
        assertEquals("class 'Car': bad colour '#GGHHII' (expected #RRGGBB)",
                problemIn(classes("{\"name\": \"Car\", \"color\": \"#GGHHII\"}")));
        assertEquals("class 'Car': bad colour '#FFF' (expected #RRGGBB)",
                problemIn(classes("{\"name\": \"Car\", \"color\": \"#FFF\"}")));
        assertEquals("class 'Car': 'color' must be text, not 16777215",
                problemIn(classes("{\"name\": \"Car\", \"color\": 16777215}")));
    }

    @Test
    void hotkeyClashAndBadHotkey() throws IOException {
        assertEquals("hotkey 1 is used by both 'Car' and 'Van'", problemIn(classes(
                "{\"name\": \"Car\", \"color\": \"#FFFFFF\", \"hotkey\": \"1\"}",
                "{\"name\": \"Van\", \"color\": \"#000000\", \"hotkey\": \"1\"}")));
        assertEquals("class 'Car': bad hotkey 'Hyper+1' (unknown modifier 'Hyper'; expected Ctrl, Alt or Shift)",
                problemIn(classes("{\"name\": \"Car\", \"color\": \"#FFFFFF\", \"hotkey\": \"Hyper+1\"}")));
    }

    @Test
    void structuralMistakes() throws IOException {
        assertEquals("class 'Car': unknown key 'colour'",
                problemIn(classes("{\"name\": \"Car\", \"colour\": \"#FFFFFF\"}")));
        assertEquals("class #2: missing 'name'", problemIn(classes(
                "{\"name\": \"Car\", \"color\": \"#FFFFFF\"}", "{\"color\": \"#FFFFFF\"}")));
        assertEquals("missing 'classes'", problemIn("{\"name\": \"t\"}"));
        assertEquals("the document: missing 'name'", problemIn("{\"classes\": []}"));
        assertEquals("unsupported version 2 (this build reads 1 to 1)",
                problemIn("{\"version\": 2, \"name\": \"t\", \"classes\": []}"));
        assertEquals("'format' is \"cvat\", expected \"fuselage-ontology\"",
                problemIn("{\"format\": \"cvat\", \"name\": \"t\", \"classes\": []}"));
        assertEquals("class 'Car' has parent 'vehicle', which is not a class of this ontology",
                problemIn(classes("{\"name\": \"Car\", \"color\": \"#FFFFFF\", \"parent\": \"vehicle\"}")));
        assertEquals("class 'Car', size: 'width' must be a number, not text \"wide\"", problemIn(classes(
                "{\"name\": \"Car\", \"color\": \"#FFFFFF\", \"size\": {\"length\": 4, \"width\": \"wide\", "
                        + "\"height\": 1.5}}")));
        assertEquals("class 'Car': size prior must be finite and > 0: 4.0 x 0.0 x 1.5", problemIn(classes(
                "{\"name\": \"Car\", \"color\": \"#FFFFFF\", \"size\": {\"length\": 4, \"width\": 0, "
                        + "\"height\": 1.5}}")));
        assertEquals("class 'Car': 'sourceId' must be an integer, not 3.5",
                problemIn(classes("{\"name\": \"Car\", \"color\": \"#FFFFFF\", \"sourceId\": 3.5}")));
    }

    @Test
    void attributeMistakes() throws IOException {
        String car = "{\"name\": \"Car\", \"color\": \"#FFFFFF\", \"attributes\": [%s]}";
        assertEquals("class 'Car', attribute 'occluded': enum attribute 'occluded' has default '4', which is not one "
                + "of 0, 1", problemIn(classes(car.formatted(
                "{\"name\": \"occluded\", \"type\": \"enum\", \"values\": [\"0\", \"1\"], \"default\": \"4\"}"))));
        assertEquals("class 'Car', attribute 'truncated': number attribute 'truncated' has default 2, which is not "
                + "allowed: 2 is outside [0, 1]", problemIn(classes(car.formatted(
                "{\"name\": \"truncated\", \"type\": \"number\", \"min\": 0, \"max\": 1, \"default\": 2}"))));
        assertEquals("class 'Car', attribute 'n': unknown key 'values'", problemIn(classes(car.formatted(
                "{\"name\": \"n\", \"type\": \"number\", \"values\": [1]}"))));
        assertEquals("class 'Car', attribute #1: missing 'name'", problemIn(classes(car.formatted(
                "{\"type\": \"bool\"}"))));
        assertEquals("class 'Car', attribute 'b': 'default' must be true or false, not \"yes\"",
                problemIn(classes(car.formatted("{\"name\": \"b\", \"type\": \"bool\", \"default\": \"yes\"}"))));
        assertEquals("class 'Car', attribute 'e': enum needs a 'values' array",
                problemIn(classes(car.formatted("{\"name\": \"e\", \"type\": \"enum\"}"))));
        assertEquals("global attributes, attribute 'x': 'required' must be true or false, not text \"no\"",
                problemIn("{\"name\": \"t\", \"classes\": [], \"attributes\": "
                        + "[{\"name\": \"x\", \"type\": \"text\", \"required\": \"no\"}]}"));
    }

    @Test
    void textInputErrorsNameTheInput() {
        OntologyException e = assertThrows(OntologyException.class, () -> OntologyJson.fromString("{"));
        assertNull(e.file());
        assertTrue(e.getMessage().startsWith("<input>: malformed JSON"), e.getMessage());
    }

    @Test
    void refusesAnOversizedFileBeforeReadingIt() throws IOException {
        Path file = dir.resolve("huge.json");
        try (var channel = java.nio.channels.FileChannel.open(file, java.nio.file.StandardOpenOption.CREATE_NEW,
                java.nio.file.StandardOpenOption.WRITE)) {
            channel.write(java.nio.ByteBuffer.wrap(new byte[] {' '}), OntologyJson.MAX_FILE_BYTES); // sparse
        }
        OntologyException e = assertThrows(OntologyException.class, () -> OntologyJson.read(file));
        assertTrue(e.problem().contains("at most 16 MiB"), e.problem());
    }

    @Test
    void mutatedFilesFailOnlyWithOntologyException() throws IOException {
        List<byte[]> seeds = List.of(OntologyJson.toString(Presets.kitti()).getBytes(StandardCharsets.UTF_8),
                OntologyJson.toString(everything()).getBytes(StandardCharsets.UTF_8),
                OntologyJson.toString(Presets.nuScenesLike()).getBytes(StandardCharsets.UTF_8));
        new MutationFuzzer(seeds, 11).run(MutationFuzzer.iterations(2000), dir, "fuzz.json", OntologyJson::read,
                OntologyException.class);
    }
}
