package dev.fuselage.ontology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fuselage.testkit.TestData;
import java.io.IOException;
import java.nio.file.Files;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The preset equals the official {@code semantic-kitti.yaml}; every cuboid class of the other presets maps onto it. */
class SemanticKittiPresetTest {
    private static final Pattern LABEL = Pattern.compile("^\\s+(\\d+)\\s*:\\s*\"([^\"]+)\"\\s*$", Pattern.MULTILINE);
    private static final Pattern COLOUR = Pattern.compile(
            "^\\s+(\\d+)\\s*:\\s*\\[(\\d+),\\s*(\\d+),\\s*(\\d+)]\\s*$", Pattern.MULTILINE);

    @Test
    void idsNamesAndColoursAreTheYamlOnes() throws IOException {
        String yaml = Files.readString(TestData.file("semantickitti/semantic-kitti.yaml"));
        String labels = section(yaml, "labels:", "color_map:");
        String colours = section(yaml, "color_map:", "content:");
        Map<Integer, String> names = new LinkedHashMap<>();
        for (Matcher m = LABEL.matcher(labels); m.find(); ) {
            names.put(Integer.parseInt(m.group(1)), m.group(2));
        }
        Map<Integer, Rgb> rgb = new LinkedHashMap<>();
        for (Matcher m = COLOUR.matcher(colours); m.find(); ) {
            // the yaml writes B, G, R
            rgb.put(Integer.parseInt(m.group(1)), new Rgb(Integer.parseInt(m.group(4)),
                    Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2))));
        }
        assertEquals(34, names.size());
        Ontology o = Presets.semanticKitti();
        assertEquals(names.size(), o.classes().size());
        for (Map.Entry<Integer, String> e : names.entrySet()) {
            LabelClass c = o.bySourceId(e.getKey()).orElseThrow(() -> new AssertionError("no id " + e.getKey()));
            assertEquals(e.getValue(), c.name());
            assertEquals(rgb.get(e.getKey()), c.color(), c.name());
            assertEquals(e.getKey(), SemanticKitti.idOf(c.name()));
            assertEquals(rgb.get(e.getKey()).packed(), SemanticKitti.colorOf(e.getKey()));
        }
        assertEquals("car", o.get("moving-car").parent().orElseThrow());
        assertEquals("road", o.bySourceId(SemanticKitti.ROAD).orElseThrow().name());
    }

    @Test
    void cuboidPresetsMapOntoSemanticKittiClasses() {
        Ontology sk = Presets.semanticKitti();
        for (Ontology preset : new Ontology[] {Presets.kitti(), Presets.nuScenesLike()}) {
            for (LabelClass c : preset.concreteClasses()) {
                int id = SemanticKitti.idOf(c.name());
                assertTrue(sk.bySourceId(id).isPresent(), c.name());
                assertNotEquals(SemanticKitti.UNLABELED, id, c.name());
            }
        }
        assertEquals(10, SemanticKitti.idOf("Car"));
        assertEquals(20, SemanticKitti.idOf("Van"));
        assertEquals(18, SemanticKitti.idOf("Truck"));
        assertEquals(30, SemanticKitti.idOf("Pedestrian"));
        assertEquals(31, SemanticKitti.idOf("Cyclist"));
        assertEquals(13, SemanticKitti.idOf("bus"));
        assertEquals(30, SemanticKitti.idOf("person"));
        assertEquals(SemanticKitti.OTHER_OBJECT, SemanticKitti.idOf("giraffe"));
    }

    private static String section(String yaml, String from, String to) {
        int a = yaml.indexOf(from);
        int b = yaml.indexOf(to, a);
        return yaml.substring(a, b);
    }
}
