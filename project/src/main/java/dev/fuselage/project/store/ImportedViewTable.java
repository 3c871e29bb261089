package dev.fuselage.project.store;

import dev.fuselage.core.annotation.ObjectId;
import dev.fuselage.core.geometry.Cuboid;
import java.nio.ByteBuffer;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * SQL of the {@code imported_views} table (schema version 3): one row per imported object, keyed by object id.
 * No foreign key on purpose: deleting an object and undoing the delete gives back the same id, and its view with
 * it. Plain SQL types only, so the table ports to other databases with the rest of the schema.
 */
final class ImportedViewTable {
    private final SqlSession session;
    static final Migration MIGRATION = new Migration(3, "how imported objects looked in their file (2D box, alpha,"
            + " order)", java.util.List.of(
            "CREATE TABLE IF NOT EXISTS imported_views ("
                    + " object_id TEXT PRIMARY KEY,"
                    + " position INTEGER NOT NULL,"
                    + " box_bits BLOB NOT NULL,"
                    + " camera TEXT,"
                    + " box_left REAL, box_top REAL, box_right REAL, box_bottom REAL,"
                    + " alpha REAL)"));

    ImportedViewTable(SqlSession session) {
        this.session = session;
    }

    /** Records how a dataset file showed an imported object, replacing an earlier record of it. */
    void put(ImportedView v) {
        session.transaction("save how object " + v.objectId() + " was imported", c -> put(c, v));
    }

    /** The views of the objects now in a frame, by object id, in file order. */
    Map<ObjectId, ImportedView> ofFrame(String frameId) {
        return session.query("read the imported views of frame " + frameId, c -> {
            try {
                return ofFrame(c, frameId);
            } catch (IllegalArgumentException e) {
                throw new StoreException(session.file(), "imported view in frame " + frameId + " is damaged: "
                        + e.getMessage(), e);
            }
        });
    }

    private static void put(Connection c, ImportedView v) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO imported_views (object_id, position,"
                + " box_bits, camera, box_left, box_top, box_right, box_bottom, alpha)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (object_id) DO UPDATE SET"
                + " position = excluded.position, box_bits = excluded.box_bits, camera = excluded.camera,"
                + " box_left = excluded.box_left, box_top = excluded.box_top, box_right = excluded.box_right,"
                + " box_bottom = excluded.box_bottom, alpha = excluded.alpha")) {
            ps.setString(1, v.objectId().toString());
            ps.setInt(2, v.position());
            ps.setBytes(3, bits(v.cuboid()));
            if (v.box().isPresent()) {
                ImportedView.ImageBox b = v.box().get();
                ps.setString(4, b.camera());
                ps.setDouble(5, b.left());
                ps.setDouble(6, b.top());
                ps.setDouble(7, b.right());
                ps.setDouble(8, b.bottom());
            } else {
                for (int i = 4; i <= 8; i++) {
                    ps.setNull(i, i == 4 ? Types.VARCHAR : Types.DOUBLE);
                }
            }
            if (v.alpha().isPresent()) {
                ps.setDouble(9, v.alpha().getAsDouble());
            } else {
                ps.setNull(9, Types.DOUBLE);
            }
            ps.executeUpdate();
        }
    }

    /** The views of the objects of one frame, by object id. */
    private static Map<ObjectId, ImportedView> ofFrame(Connection c, String frameId) throws SQLException {
        Map<ObjectId, ImportedView> out = new LinkedHashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT v.object_id, v.position, v.box_bits, v.camera,"
                + " v.box_left, v.box_top, v.box_right, v.box_bottom, v.alpha FROM imported_views v"
                + " JOIN objects o ON o.id = v.object_id WHERE o.frame_id = ? ORDER BY v.position")) {
            ps.setString(1, frameId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ObjectId id = ObjectId.parse(rs.getString(1));
                    Optional<ImportedView.ImageBox> box = rs.getString(4) == null ? Optional.empty()
                            : Optional.of(new ImportedView.ImageBox(rs.getString(4), rs.getDouble(5),
                                    rs.getDouble(6), rs.getDouble(7), rs.getDouble(8)));
                    double alpha = rs.getDouble(9);
                    OptionalDouble a = rs.wasNull() ? OptionalDouble.empty() : OptionalDouble.of(alpha);
                    out.put(id, new ImportedView(id, rs.getInt(2), cuboid(rs.getBytes(3)), box, a));
                }
            }
        }
        return out;
    }

    private static byte[] bits(Cuboid b) {
        double[] v = {b.cx(), b.cy(), b.cz(), b.length(), b.width(), b.height(), b.yaw(), b.pitch(), b.roll()};
        ByteBuffer buf = ByteBuffer.allocate(72);
        for (double d : v) {
            buf.putLong(Double.doubleToRawLongBits(d));
        }
        return buf.array();
    }

    private static Cuboid cuboid(byte[] bits) {
        if (bits == null || bits.length != 72) {
            throw new IllegalArgumentException("imported cuboid needs 72 bytes");
        }
        ByteBuffer b = ByteBuffer.wrap(bits);
        double[] v = new double[9];
        for (int i = 0; i < 9; i++) {
            v[i] = Double.longBitsToDouble(b.getLong());
        }
        return new Cuboid(v[0], v[1], v[2], v[3], v[4], v[5], v[6], v[7], v[8]);
    }
}
