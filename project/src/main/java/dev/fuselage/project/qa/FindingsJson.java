package dev.fuselage.project.qa;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * Findings as the JSON list {@code fuselage qa --json} prints: each
 * {@code {"kind", "severity", "frame", "object", "message"}} with {@code object} the track id, or null for a
 * finding that names no track.
 */
public final class FindingsJson {
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private FindingsJson() {
    }

    /** The findings as a JSON array. */
    public static ArrayNode tree(List<Finding> findings) {
        ArrayNode list = JsonNodeFactory.instance.arrayNode();
        for (Finding f : findings) {
            ObjectNode n = list.addObject();
            n.put("kind", f.kind().jsonName()).put("severity", f.severity().jsonName()).put("frame", f.frameId());
            if (f.track().isPresent()) {
                n.put("object", f.track().get().value());
            } else {
                n.putNull("object");
            }
            n.put("message", f.message());
        }
        return list;
    }

    /** The findings as indented JSON text. */
    public static String write(List<Finding> findings) {
        try {
            return MAPPER.writeValueAsString(tree(findings));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree always serialises", e);
        }
    }
}
