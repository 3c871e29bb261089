package dev.fuselage.project.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.fuselage.core.annotation.ObjectAnnotation;
import dev.fuselage.core.annotation.ObjectId;
import dev.fuselage.core.annotation.Source;
import dev.fuselage.core.annotation.TrackId;
import dev.fuselage.core.geometry.Cuboid;

import java.nio.ByteBuffer;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The {@code objects} table: 3D boxes with class, track and attributes. The nine box doubles are stored twice:
 * as REAL columns for queries, and as their exact bit patterns ({@code box_bits}), which are what is read back,
 * since REAL columns fold {@code -0.0} into {@code 0}.
 */
final class ObjectTable {
    /**
     * Pre-label scores (branch prelabel, issue 12): the detector's confidence of a machine-made box, NULL for
     * boxes people drew or imported. Exports write it (KITTI's 16th column), so it must survive the store.
     */
    static final Migration SCORE_MIGRATION = new Migration(5, "pre-label scores (objects.score)", List.of(
            "ALTER TABLE objects ADD COLUMN score REAL"));

    private static final String COLUMNS = "id, frame_id, track_id, class_name, attributes, cx, cy, cz, length,"
            + " width, height, yaw, pitch, roll, box_bits, source, confirmed, score";
    private static final String UPDATES = "frame_id = excluded.frame_id, track_id = excluded.track_id,"
            + " class_name = excluded.class_name, attributes = excluded.attributes, cx = excluded.cx,"
            + " cy = excluded.cy, cz = excluded.cz, length = excluded.length, width = excluded.width,"
            + " height = excluded.height, yaw = excluded.yaw, pitch = excluded.pitch, roll = excluded.roll,"
            + " box_bits = excluded.box_bits, source = excluded.source, confirmed = excluded.confirmed,"
            + " score = excluded.score,"
            + " updated_at = excluded.updated_at";
    private static final int BOX_DOUBLES = 9;

    private final SqlSession session;

    ObjectTable(SqlSession session) {
        this.session = session;
    }

    Optional<ObjectAnnotation> get(ObjectId id) {
        return session.query("read object " + id, c -> {
            PreparedStatement ps = session.reused("SELECT " + COLUMNS + " FROM objects WHERE id = ?");
            ps.setString(1, id.toString());
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(read(rs)) : Optional.empty();
            }
        });
    }

    /** The objects of one frame, ordered by id. */
    List<ObjectAnnotation> ofFrame(String frameId) {
        return session.query("read the objects of frame " + frameId, c -> {
            PreparedStatement ps = session.reused("SELECT " + COLUMNS + " FROM objects WHERE frame_id = ? ORDER BY id");
            ps.setString(1, frameId);
            return readAll(ps); // every frame switch reads them: prepared once
        });
    }

    /** Every object of every frame, ordered by id. */
    List<ObjectAnnotation> all() {
        return session.query("read all objects", c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM objects ORDER BY id")) {
                return readAll(ps);
            }
        });
    }

    /** All boxes of one track across frames, in frame order. */
    List<ObjectAnnotation> track(TrackId track) {
        return session.query("read track " + track, c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT o." + COLUMNS.replace(", ", ", o.")
                    + " FROM objects o JOIN frames f ON f.id = o.frame_id WHERE o.track_id = ?"
                    + " ORDER BY f.position IS NULL, f.position, f.id")) {
                ps.setLong(1, track.value());
                return readAll(ps);
            }
        });
    }

    /** A track id no object uses yet. */
    TrackId nextTrackId() {
        return session.query("find a free track id", c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT coalesce(max(track_id), 0) + 1 FROM objects");
                 ResultSet rs = ps.executeQuery()) {
                rs.next();
                return TrackId.of(rs.getLong(1));
            }
        });
    }

    /** Inserts the object, or replaces the one with the same id. */
    void put(ObjectAnnotation o) {
        session.transaction("save object " + o.id(), c -> {
            FrameTable.ensure(session, o.frameId());
            PreparedStatement ps = session.reused("INSERT INTO objects (" + COLUMNS + ", updated_at)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                    + " ON CONFLICT (id) DO UPDATE SET " + UPDATES);
            Cuboid b = o.box();
            ps.setString(1, o.id().toString());
            ps.setString(2, o.frameId());
            ps.setLong(3, o.trackId().value());
            ps.setString(4, o.className());
            ps.setString(5, JsonColumn.write("attributes", o.attributes()));
            double[] v = {b.cx(), b.cy(), b.cz(), b.length(), b.width(), b.height(), b.yaw(), b.pitch(), b.roll()};
            ByteBuffer bits = ByteBuffer.allocate(BOX_DOUBLES * Double.BYTES);
            for (int i = 0; i < BOX_DOUBLES; i++) {
                ps.setDouble(6 + i, v[i]);
                bits.putLong(Double.doubleToRawLongBits(v[i]));
            }
            ps.setBytes(15, bits.array());
            ps.setString(16, o.source().name());
            ps.setInt(17, o.confirmed() ? 1 : 0);
            if (o.score().isPresent()) {
                ps.setDouble(18, o.score().getAsDouble());
            } else {
                ps.setNull(18, Types.REAL);
            }
            ps.setLong(19, System.currentTimeMillis());
            ps.executeUpdate();
        });
    }

    /** Removes the object; an {@link IllegalStateException} when there is none (the history is out of step). */
    void remove(ObjectId id) {
        session.transaction("delete object " + id, c -> {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM objects WHERE id = ?")) {
                ps.setString(1, id.toString());
                if (ps.executeUpdate() == 0) {
                    throw new IllegalStateException("no object " + id + " to remove");
                }
            }
        });
    }

    private static OptionalDouble score(double value, boolean isNull) {
        return isNull ? OptionalDouble.empty() : OptionalDouble.of(value);
    }

    private List<ObjectAnnotation> readAll(PreparedStatement ps) throws SQLException {
        List<ObjectAnnotation> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(read(rs));
            }
        }
        return out;
    }

    private ObjectAnnotation read(ResultSet rs) throws SQLException {
        String id = rs.getString(1);
        try {
            double[] v = new double[BOX_DOUBLES];
            byte[] bits = rs.getBytes(15);
            if (bits != null && bits.length == BOX_DOUBLES * Double.BYTES) {
                ByteBuffer b = ByteBuffer.wrap(bits);
                for (int i = 0; i < BOX_DOUBLES; i++) {
                    v[i] = Double.longBitsToDouble(b.getLong());
                }
            } else {
                // rows written without box_bits (by hand, or an early build): the REAL columns are all there is
                for (int i = 0; i < BOX_DOUBLES; i++) {
                    v[i] = rs.getDouble(6 + i);
                }
            }
            Map<String, Object> attributes = JsonColumn.readMap(rs.getString(5));
            return new ObjectAnnotation(ObjectId.parse(id), rs.getString(2), TrackId.of(rs.getLong(3)),
                    rs.getString(4), attributes, new Cuboid(v[0], v[1], v[2], v[3], v[4], v[5], v[6], v[7], v[8]),
                    Source.valueOf(rs.getString(16)), rs.getInt(17) != 0, score(rs.getDouble(18), rs.wasNull()));
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw session.damaged("object " + id + " is damaged: " + e.getMessage(), e);
        }
    }
}
