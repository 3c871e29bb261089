package dev.fuselage.project.dataset.openlabel;

import com.fasterxml.jackson.databind.JsonNode;
import dev.fuselage.core.geometry.Affine4;
import dev.fuselage.io.FormatException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The coordinate systems of an OpenLABEL file as a graph of rigid transforms: each system's
 * {@code pose_wrt_parent} (it maps the system's coordinates into its parent's; absent means the two coincide)
 * and, per frame, the {@code frame_properties.transforms} ({@code transform_src_to_dst} maps src coordinates into
 * dst's). A transform between any two connected systems is the product along the path between them.
 */
final class CoordinateSystems {
    private record Edge(String to, double[] matrix) {
    }

    private final Path file;
    private final Map<String, String> parents;
    private final Map<String, List<Edge>> edges;

    private CoordinateSystems(Path file, Map<String, String> parents, Map<String, List<Edge>> edges) {
        this.file = file;
        this.parents = parents;
        this.edges = edges;
    }

    static CoordinateSystems read(Path file, JsonNode openlabel) throws FormatException {
        Map<String, String> parents = new LinkedHashMap<>();
        Map<String, List<Edge>> edges = new HashMap<>();
        Iterator<Map.Entry<String, JsonNode>> it = openlabel.path("coordinate_systems").fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            String parent = e.getValue().path("parent").asText("");
            parents.put(e.getKey(), parent);
            if (!parent.isEmpty()) {
                JsonNode pose = e.getValue().get("pose_wrt_parent");
                double[] m = pose == null ? Poses.identity()
                        : Poses.read(file, pose, "coordinate_systems." + e.getKey() + ".pose_wrt_parent");
                link(file, "coordinate_systems." + e.getKey(), edges, e.getKey(), parent, m);
            }
        }
        return new CoordinateSystems(file, parents, edges);
    }

    private static void link(Path file, String where, Map<String, List<Edge>> edges, String from, String to,
                             double[] m) throws FormatException {
        double[] inverse;
        try {
            inverse = Affine4.invert(m);
        } catch (IllegalArgumentException e) {
            throw new FormatException(file, where + ": " + e.getMessage());
        }
        edges.computeIfAbsent(from, k -> new ArrayList<>()).add(new Edge(to, m));
        edges.computeIfAbsent(to, k -> new ArrayList<>()).add(new Edge(from, inverse));
    }

    boolean isEmpty() {
        return parents.isEmpty();
    }

    boolean contains(String name) {
        return parents.containsKey(name);
    }

    /** The first system without a parent. */
    Optional<String> root() {
        return parents.entrySet().stream().filter(e -> e.getValue().isEmpty()).map(Map.Entry::getKey).findFirst();
    }

    /** The frame's own transforms added to the static graph. */
    CoordinateSystems withFrame(JsonNode frame, String frameKey) throws FormatException {
        JsonNode transforms = frame.path("frame_properties").path("transforms");
        if (!transforms.isObject() || transforms.isEmpty()) {
            return this;
        }
        Map<String, List<Edge>> all = new HashMap<>();
        Iterator<Map.Entry<String, JsonNode>> it = transforms.fields();
        // the frame's transforms first: a search meets them before the static poses
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            String where = "frames." + frameKey + ".frame_properties.transforms." + e.getKey();
            String src = e.getValue().path("src").asText("");
            String dst = e.getValue().path("dst").asText("");
            JsonNode t = e.getValue().get("transform_src_to_dst");
            if (src.isEmpty() || dst.isEmpty() || t == null) {
                throw new FormatException(file, where + " needs src, dst and transform_src_to_dst");
            }
            link(file, where, all, src, dst, Poses.read(file, t, where + ".transform_src_to_dst"));
        }
        edges.forEach((k, v) -> all.computeIfAbsent(k, x -> new ArrayList<>()).addAll(v));
        return new CoordinateSystems(file, parents, all);
    }

    /** The transform mapping {@code from} coordinates into {@code to} coordinates, if the two are connected. */
    Optional<double[]> transform(String from, String to) {
        if (from.equals(to)) {
            return Optional.of(Poses.identity());
        }
        Map<String, double[]> reached = new HashMap<>();
        reached.put(from, Poses.identity());
        Deque<String> queue = new ArrayDeque<>();
        queue.add(from);
        while (!queue.isEmpty()) {
            String at = queue.poll();
            for (Edge e : edges.getOrDefault(at, List.of())) {
                if (reached.containsKey(e.to())) {
                    continue;
                }
                // from -> at is reached(at); at -> e.to is e.matrix: from -> e.to = e.matrix · reached(at)
                double[] m = Affine4.mul(e.matrix(), reached.get(at));
                if (e.to().equals(to)) {
                    return Optional.of(m);
                }
                reached.put(e.to(), m);
                queue.add(e.to());
            }
        }
        return Optional.empty();
    }
}
