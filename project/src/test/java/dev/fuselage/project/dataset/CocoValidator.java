package dev.fuselage.project.dataset;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A strict checker written from the COCO object-detection format description (cocodataset.org/#format-data):
 * top-level {@code images}, {@code annotations}, {@code categories} arrays (and {@code info}/{@code licenses}
 * objects/arrays when present); image {@code id} (int), {@code file_name} (string), {@code width}/{@code height}
 * (int > 0); category {@code id} (int), {@code name}, {@code supercategory} (strings); annotation {@code id},
 * {@code image_id}, {@code category_id} (int), {@code bbox} [x, y, w, h] of 4 numbers with w, h > 0 inside the
 * image, {@code area} > 0, {@code iscrowd} 0 or 1, {@code segmentation} polygons (lists of >= 3 x, y pairs) when
 * iscrowd is 0, RLE ({@code counts}, {@code size}) when 1. Ids unique per kind; every reference resolves.
 */
public final class CocoValidator {
    private static final double EPS = 1e-6;

    private CocoValidator() {
    }

    /** Every problem found, one line each; empty when the file is valid. */
    public static List<String> problems(JsonNode root) {
        List<String> p = new ArrayList<>();
        if (root == null || !root.isObject()) {
            p.add("root is not an object");
            return p;
        }
        for (String key : new String[] {"images", "annotations", "categories"}) {
            if (!root.path(key).isArray()) {
                p.add("'" + key + "' is missing or not an array");
            }
        }
        if (root.has("info") && !root.get("info").isObject()) {
            p.add("'info' is not an object");
        }
        if (root.has("licenses") && !root.get("licenses").isArray()) {
            p.add("'licenses' is not an array");
        }
        if (!p.isEmpty()) {
            return p;
        }
        Map<Long, JsonNode> images = new HashMap<>();
        for (JsonNode i : root.get("images")) {
            if (!isInt(i, "id") || !i.path("file_name").isTextual() || !isInt(i, "width") || !isInt(i, "height")
                    || i.get("width").asLong() <= 0 || i.get("height").asLong() <= 0) {
                p.add("image " + i + ": needs int id, string file_name, int width and height > 0");
                continue;
            }
            if (images.put(i.get("id").asLong(), i) != null) {
                p.add("image id " + i.get("id") + " is not unique");
            }
        }
        Set<Long> categories = new HashSet<>();
        for (JsonNode c : root.get("categories")) {
            if (!isInt(c, "id") || !c.path("name").isTextual() || !c.path("supercategory").isTextual()) {
                p.add("category " + c + ": needs int id, string name and supercategory");
                continue;
            }
            if (!categories.add(c.get("id").asLong())) {
                p.add("category id " + c.get("id") + " is not unique");
            }
        }
        Set<Long> ids = new HashSet<>();
        for (JsonNode a : root.get("annotations")) {
            String where = "annotation " + a.path("id");
            if (!isInt(a, "id") || !isInt(a, "image_id") || !isInt(a, "category_id")) {
                p.add(where + ": needs int id, image_id and category_id");
                continue;
            }
            if (!ids.add(a.get("id").asLong())) {
                p.add(where + ": id is not unique");
            }
            JsonNode image = images.get(a.get("image_id").asLong());
            if (image == null) {
                p.add(where + ": image " + a.get("image_id") + " does not exist");
            }
            if (!categories.contains(a.get("category_id").asLong())) {
                p.add(where + ": category " + a.get("category_id") + " does not exist");
            }
            JsonNode b = a.path("bbox");
            if (!b.isArray() || b.size() != 4 || !allNumbers(b)) {
                p.add(where + ": bbox must be [x, y, w, h] numbers");
            } else if (!(b.get(2).asDouble() > 0 && b.get(3).asDouble() > 0)) {
                p.add(where + ": bbox width and height must be > 0");
            } else if (image != null && (b.get(0).asDouble() < -EPS || b.get(1).asDouble() < -EPS
                    || b.get(0).asDouble() + b.get(2).asDouble() > image.get("width").asDouble() + EPS
                    || b.get(1).asDouble() + b.get(3).asDouble() > image.get("height").asDouble() + EPS)) {
                p.add(where + ": bbox " + b + " is not inside the " + image.get("width") + "x" + image.get("height")
                        + " image");
            }
            if (!a.path("area").isNumber() || !(a.get("area").asDouble() > 0)) {
                p.add(where + ": area must be a number > 0");
            }
            if (!isInt(a, "iscrowd") || (a.get("iscrowd").asInt() != 0 && a.get("iscrowd").asInt() != 1)) {
                p.add(where + ": iscrowd must be 0 or 1");
                continue;
            }
            JsonNode s = a.get("segmentation");
            if (s == null) {
                p.add(where + ": segmentation is missing");
            } else if (a.get("iscrowd").asInt() == 0) {
                if (!s.isArray() || s.isEmpty()) {
                    p.add(where + ": segmentation must be a list of polygons when iscrowd is 0");
                } else {
                    for (JsonNode poly : s) {
                        if (!poly.isArray() || poly.size() < 6 || poly.size() % 2 != 0 || !allNumbers(poly)) {
                            p.add(where + ": polygon needs at least 3 x, y pairs of numbers");
                        }
                    }
                }
            } else if (!s.isObject() || !s.has("counts") || !s.path("size").isArray() || s.get("size").size() != 2) {
                p.add(where + ": segmentation must be RLE {counts, size} when iscrowd is 1");
            }
        }
        return p;
    }

    private static boolean isInt(JsonNode n, String field) {
        return n.path(field).isIntegralNumber();
    }

    private static boolean allNumbers(JsonNode array) {
        for (JsonNode v : array) {
            if (!v.isNumber()) {
                return false;
            }
        }
        return true;
    }
}
