package dev.fuselage.io.pcd;

import dev.fuselage.core.cloud.AttributeColumn;
import dev.fuselage.core.cloud.PointCloud;
import dev.fuselage.core.cloud.ScalarType;
import dev.fuselage.core.cloud.StandardAttributes;
import dev.fuselage.io.FormatException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Decides where each PCD field goes in a {@link PointCloud}, creates the cloud once the data size is known to be
 * sound, and finishes it (origin, grid, viewpoint, validity, metadata).
 *
 * <p>Mapping: {@code x y z} in any case become positions (F4 bit for bit; other types relative to an
 * {@link FieldDecoder.AxisOrigin}); {@code intensity}, {@code rgb} and {@code rgba} in any case take their
 * canonical names; a 4-byte {@code rgb}/{@code rgba} of any TYPE becomes a UINT32 column of its bits (PCL stores
 * packed colour in a float); padding {@code _} and {@code COUNT 0} fields are skipped; every other field keeps its
 * name, type and COUNT. Where the column type does not tell the file's type (positions not F4, packed colour not
 * U4) the metadata key {@link #TYPE_KEY}{@code + name} records it, e.g. {@code pcd.type.rgb = F4}, so a writer
 * can store it the same way.
 */
final class PcdFieldLayout {
    /** Metadata key prefix recording a field's original PCD type where the column type does not show it. */
    static final String TYPE_KEY = "pcd.type.";
    private static final String[] AXES = {"x", "y", "z"};

    private final Path file;
    private final PcdHeader header;
    private final String[] columnNames;
    private final int[] axisOf;
    private final boolean[] packed;
    private final FieldDecoder.AxisOrigin[] origins = new FieldDecoder.AxisOrigin[3];
    private PointCloud cloud;
    private FieldDecoder[] decoders;

    /** Checks the fields against what a cloud can hold; allocates nothing yet. */
    PcdFieldLayout(Path file, PcdHeader header) throws FormatException {
        this.file = file;
        this.header = header;
        int n = header.fields().size();
        columnNames = new String[n];
        axisOf = new int[n];
        packed = new boolean[n];
        Set<String> exact = new HashSet<>();
        for (PcdField f : header.fields()) {
            if (!f.isSkipped()) {
                exact.add(f.name());
            }
        }
        int[] axisField = axisFields(header.fields());
        Set<String> used = new HashSet<>();
        for (int i = 0; i < n; i++) {
            PcdField f = header.fields().get(i);
            axisOf[i] = -1;
            if (f.isSkipped()) {
                continue;
            }
            int axis = axisIndex(f.name().toLowerCase(Locale.ROOT));
            if (axis >= 0 && axisField[axis] == i) {
                if (f.count() != 1) {
                    throw new FormatException(file, "field '" + PcdHeader.shorten(f.name()) + "' has COUNT "
                            + f.count() + "; a coordinate needs COUNT 1");
                }
                axisOf[i] = axis;
                used.add(AXES[axis]);
                continue;
            }
            // a field takes a canonical name only when no field carries that name exactly (PDAL's Intensity)
            String canonical = canonicalName(f.name().toLowerCase(Locale.ROOT));
            String name = canonical != null && (canonical.equals(f.name()) || !exact.contains(canonical))
                    && !used.contains(canonical) ? canonical : f.name();
            if (!used.add(name)) {
                throw new FormatException(file, "field '" + PcdHeader.shorten(name) + "' appears twice in FIELDS");
            }
            if ((long) f.count() * header.points() > PcdHeader.MAX_POINTS) {
                throw new FormatException(file, "field '" + PcdHeader.shorten(name) + "' holds COUNT " + f.count()
                        + " x POINTS " + header.points() + " values, more than one column can hold");
            }
            columnNames[i] = name;
            packed[i] = (name.equals(StandardAttributes.RGB) || name.equals(StandardAttributes.RGBA))
                    && f.size() == 4 && f.count() == 1;
        }
        for (int a = 0; a < 3; a++) {
            if (axisField[a] < 0) {
                throw new FormatException(file, "FIELDS has no '" + AXES[a] + "' (a point cloud needs x, y and z)");
            }
        }
    }

    /** For x, y and z: the first field spelled exactly so, else the first one spelled in another case; -1 if none. */
    private static int[] axisFields(List<PcdField> fields) {
        int[] axisField = new int[3];
        for (int a = 0; a < 3; a++) {
            int exact = -1, other = -1;
            for (int i = fields.size() - 1; i >= 0; i--) {
                PcdField f = fields.get(i);
                if (f.isSkipped()) {
                    continue;
                }
                if (f.name().equals(AXES[a])) {
                    exact = i;
                } else if (f.name().equalsIgnoreCase(AXES[a])) {
                    other = i;
                }
            }
            axisField[a] = exact >= 0 ? exact : other;
        }
        return axisField;
    }

    private static int axisIndex(String lower) {
        return switch (lower) {
            case "x" -> 0;
            case "y" -> 1;
            case "z" -> 2;
            default -> -1;
        };
    }

    private static String canonicalName(String lower) {
        return switch (lower) {
            case StandardAttributes.INTENSITY, StandardAttributes.RGB, StandardAttributes.RGBA -> lower;
            default -> null;
        };
    }

    /** Values on one ascii line: every field's COUNT, padding included (PCL writes padding values too). */
    int valuesPerLine() {
        long n = 0;
        for (PcdField f : header.fields()) {
            n += f.count();
        }
        return (int) Math.min(n, Integer.MAX_VALUE);
    }

    /** Creates the cloud with its columns and one decoder per header field. */
    PointCloud allocate() {
        int n = header.fields().size();
        cloud = new PointCloud(header.points());
        float[][] positions = {cloud.x(), cloud.y(), cloud.z()};
        decoders = new FieldDecoder[n];
        for (int i = 0; i < n; i++) {
            PcdField f = header.fields().get(i);
            String code = f.typeCode();
            if (axisOf[i] >= 0) {
                float[] dst = positions[axisOf[i]];
                if (code.equals("F4")) {
                    decoders[i] = new FieldDecoder.Floats(f.name(), 1, dst);
                } else {
                    origins[axisOf[i]] = new FieldDecoder.AxisOrigin();
                    decoders[i] = new FieldDecoder.Coordinates(f, dst, origins[axisOf[i]]);
                }
            } else if (columnNames[i] == null) {
                decoders[i] = new FieldDecoder.Skip(f.name(), f.count());
            } else if (packed[i]) {
                AttributeColumn col = cloud.addColumn(columnNames[i], ScalarType.UINT32, 1);
                decoders[i] = new FieldDecoder.Integers(f.name(), 1, f.scalarType(), col.ints(), f.type() == 'F', code);
            } else {
                AttributeColumn col = cloud.addColumn(columnNames[i], f.scalarType(), f.count());
                decoders[i] = switch (col.type()) {
                    case FLOAT32 -> new FieldDecoder.Floats(f.name(), f.count(), col.floats());
                    case FLOAT64 -> new FieldDecoder.Doubles(f.name(), f.count(), col.doubles());
                    default -> new FieldDecoder.Integers(f.name(), f.count(), col.type(), col.array(), false, code);
                };
            }
        }
        return cloud;
    }

    /** One decoder per header field, in header order (after {@link #allocate()}). */
    FieldDecoder[] decoders() {
        return decoders;
    }

    /** Sets origin, grid and viewpoint, records metadata and rejects invalid points in an unorganized cloud. */
    PointCloud finish() throws FormatException {
        double[] o = new double[3];
        for (int a = 0; a < 3; a++) {
            o[a] = origins[a] != null ? origins[a].origin() : 0;
        }
        cloud.setOrigin(o[0], o[1], o[2]);
        if (header.isOrganized()) {
            cloud.setOrganized(header.width(), header.height());
        } else {
            requireFinite();
        }
        cloud.setViewpoint(header.viewpoint());
        cloud.metadata().put("format", "pcd");
        if (!header.version().isEmpty()) {
            cloud.metadata().put("pcd.version", header.version());
        }
        cloud.metadata().put("pcd.encoding", header.encoding().keyword());
        for (int i = 0; i < axisOf.length; i++) {
            PcdField f = header.fields().get(i);
            if (axisOf[i] >= 0 && !f.typeCode().equals("F4")) {
                cloud.metadata().put(TYPE_KEY + AXES[axisOf[i]], f.typeCode());
            } else if (packed[i] && !f.typeCode().equals("U4")) {
                cloud.metadata().put(TYPE_KEY + columnNames[i], f.typeCode());
            }
        }
        header.warnings().forEach(cloud::addWarning);
        return cloud;
    }

    private void requireFinite() throws FormatException {
        float[] x = cloud.x(), y = cloud.y(), z = cloud.z();
        for (int i = 0; i < x.length; i++) {
            // (v - v) is NaN exactly for NaN and both infinities
            if (Float.isNaN(x[i] - x[i] + y[i] - y[i] + z[i] - z[i])) {
                throw new FormatException(file, "point " + i + " has a non-finite coordinate (" + x[i] + ", "
                        + y[i] + ", " + z[i] + ") in an unorganized cloud (HEIGHT " + header.height()
                        + "); only organized clouds may hold invalid points");
            }
        }
    }
}
