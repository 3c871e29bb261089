package dev.fuselage.project.compare;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.fuselage.project.compare.Comparison.Scores;
import dev.fuselage.project.compare.Comparison.Unmatched;
import java.util.Map;

/**
 * A comparison as {@code fuselage compare --json} prints it:
 * <pre>{@code
 * {"overall": {"precision", "recall", "mean_iou", "mean_bev_iou", "matched", "boxes_a", "boxes_b"},
 *  "classes": {NAME: {same keys}},
 *  "confusion": {CLASS_IN_A: {CLASS_IN_B: pairs}},
 *  "unmatched": [{"side": "A"|"B", "frame", "object" (track or null), "class", "best_iou"}]}
 * }</pre>
 */
public final class ComparisonJson {
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ComparisonJson() {
    }

    /** The comparison as a JSON tree. */
    public static ObjectNode tree(Comparison c) {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        scores(root.putObject("overall"), c.overall());
        ObjectNode classes = root.putObject("classes");
        c.classes().forEach((name, s) -> scores(classes.putObject(name), s));
        ObjectNode confusion = root.putObject("confusion");
        for (Map.Entry<String, Map<String, Integer>> e : c.confusion().entrySet()) {
            ObjectNode row = confusion.putObject(e.getKey());
            e.getValue().forEach(row::put);
        }
        var unmatched = root.putArray("unmatched");
        for (Unmatched u : c.unmatched()) {
            ObjectNode n = unmatched.addObject().put("side", u.side()).put("frame", u.box().frameId());
            if (u.box().track().isPresent()) {
                n.put("object", u.box().track().get().value());
            } else {
                n.putNull("object");
            }
            n.put("class", u.box().className()).put("best_iou", u.bestIou());
        }
        return root;
    }

    /** The comparison as indented JSON text. */
    public static String write(Comparison c) {
        try {
            return MAPPER.writeValueAsString(tree(c));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree always serialises", e);
        }
    }

    private static void scores(ObjectNode n, Scores s) {
        n.put("precision", s.precision()).put("recall", s.recall()).put("mean_iou", s.meanIou())
                .put("mean_bev_iou", s.meanBevIou()).put("matched", s.matched()).put("boxes_a", s.boxesA())
                .put("boxes_b", s.boxesB());
    }
}
