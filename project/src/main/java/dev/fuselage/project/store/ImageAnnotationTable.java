package dev.fuselage.project.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.fuselage.core.annotation.Source;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** The {@code image_annotations} table: 2D boxes in a camera image (COCO boxes, KITTI DontCare regions). */
final class ImageAnnotationTable {
    private static final String COLUMNS = "id, frame_id, camera, class_name, attributes, box_left, box_top,"
            + " box_right, box_bottom, source";

    private final SqlSession session;

    ImageAnnotationTable(SqlSession session) {
        this.session = session;
    }

    /** Adds a 2D box, or replaces the one with the same id. */
    void put(ImageAnnotation a) {
        session.transaction("save a 2D box", c -> {
            FrameTable.ensure(session, a.frameId());
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO image_annotations (" + COLUMNS + ")"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET"
                    + " frame_id = excluded.frame_id, camera = excluded.camera, class_name = excluded.class_name,"
                    + " attributes = excluded.attributes, box_left = excluded.box_left, box_top = excluded.box_top,"
                    + " box_right = excluded.box_right, box_bottom = excluded.box_bottom, source = excluded.source")) {
                ps.setString(1, a.id().toString());
                ps.setString(2, a.frameId());
                ps.setString(3, a.camera());
                ps.setString(4, a.className());
                ps.setString(5, JsonColumn.write("attributes", a.attributes()));
                ps.setDouble(6, a.left());
                ps.setDouble(7, a.top());
                ps.setDouble(8, a.right());
                ps.setDouble(9, a.bottom());
                ps.setString(10, a.source().name());
                ps.executeUpdate();
            }
        });
    }

    /** Removes a 2D box; nothing happens when there is none with that id. */
    void remove(UUID id) {
        session.transaction("delete a 2D box", c -> {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM image_annotations WHERE id = ?")) {
                ps.setString(1, id.toString());
                ps.executeUpdate();
            }
        });
    }

    /** The 2D boxes of one frame, by id. */
    List<ImageAnnotation> ofFrame(String frameId) {
        return session.query("read the 2D boxes of frame " + frameId, c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT " + COLUMNS + " FROM image_annotations WHERE frame_id = ? ORDER BY id")) {
                ps.setString(1, frameId);
                return readAll(ps);
            }
        });
    }

    /** Every 2D box of the project, by id. */
    List<ImageAnnotation> all() {
        return session.query("read all 2D boxes", c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT " + COLUMNS + " FROM image_annotations ORDER BY id")) {
                return readAll(ps);
            }
        });
    }

    private List<ImageAnnotation> readAll(PreparedStatement ps) throws SQLException {
        List<ImageAnnotation> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                String id = rs.getString(1);
                try {
                    out.add(new ImageAnnotation(UUID.fromString(id), rs.getString(2), rs.getString(3),
                            rs.getString(4), JsonColumn.readMap(rs.getString(5)), rs.getDouble(6), rs.getDouble(7),
                            rs.getDouble(8), rs.getDouble(9), Source.valueOf(rs.getString(10))));
                } catch (JsonProcessingException | IllegalArgumentException e) {
                    throw session.damaged("2D box " + id + " is damaged: " + e.getMessage(), e);
                }
            }
        }
        return out;
    }
}
