package dev.fuselage.io.ply;

import dev.fuselage.core.cloud.PointCloud;
import dev.fuselage.core.cloud.StandardAttributes;
import dev.fuselage.io.FormatException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Where each property of the vertex element goes in the cloud: {@code x y z} into the position arrays (a missing
 * {@code z} reads as 0, with a warning), every
 * other scalar property into a column of its own name and type, list properties nowhere (their per-vertex length
 * varies, so no fixed-width column can hold them: decoders skip them).
 *
 * <p><b>Positions.</b> An axis whose type every float32 holds exactly ({@code float}, and 8/16-bit integers) is
 * stored as is, origin 0, so float32 files keep their coordinates bit for bit. A wider axis ({@code double},
 * 32-bit integers) is staged as doubles, one {@link #BLOCK} of points at a time; the first block fixes that
 * axis's origin ({@link #chooseOrigin}) and every point is stored as a float32 offset from it.
 *
 * <p>{@code intensity} and CloudCompare's {@code scalar_intensity} (any case) become the standard
 * {@link StandardAttributes#INTENSITY} column.
 */
final class VertexSchema {
    /** Points decoded per block: positions staged as doubles need 3 x 512 KiB at most. */
    static final int BLOCK = 1 << 16;
    /** Largest |coordinate| kept with origin 0: float32 still resolves about 0.5 mm there. */
    static final double ORIGIN_FREE_RANGE = 4096;

    /** What a property is decoded into. */
    static final int ROLE_X = 0;
    static final int ROLE_Y = 1;
    static final int ROLE_Z = 2;
    static final int ROLE_COLUMN = 3;
    static final int ROLE_LIST = 4;

    final PlyElement element;
    final PointCloud cloud;
    final int count;
    /** Per property: one of the ROLE_ constants. */
    final int[] role;
    /** Per property: its type (the item type of a list). */
    final PlyType[] type;
    /** Per property: the count type of a list, else null. */
    final PlyType[] countType;
    /** Per property: the destination array (a column's primitive array, or x/y/z), null for lists. */
    final Object[] target;
    /** Per axis: true when its values are staged as doubles and offset by an origin. */
    final boolean[] wide = new boolean[3];
    /** Per axis: staging for the current block of a wide axis. */
    final double[][] stage = new double[3][];
    private final double[] origin = new double[3];
    private boolean originChosen;
    /** First point whose finite double coordinate overflowed as a float32 offset, or -1. */
    private int overflowPoint = -1;
    private int overflowAxis;
    private double overflowValue;

    private VertexSchema(PlyElement element, int count) {
        this.element = element;
        this.count = count;
        this.cloud = new PointCloud(count);
        int n = element.properties().size();
        role = new int[n];
        type = new PlyType[n];
        countType = new PlyType[n];
        target = new Object[n];
    }

    /**
     * Checks that the element has usable x, y, z (before anything is allocated: call with {@code count} already
     * checked against the file length) and lays out the cloud.
     */
    static VertexSchema create(Path file, PlyElement vertex, int count) throws FormatException {
        int[] axis = validate(file, vertex);
        List<PlyProperty> props = vertex.properties();
        VertexSchema s = new VertexSchema(vertex, count);
        PointCloud cloud = s.cloud;
        if (axis[2] < 0) {
            cloud.addWarning("vertex element has no z property: z is 0 for every point");
        }
        boolean intensityTaken = false;
        for (int i = 0; i < props.size(); i++) {
            PlyProperty p = props.get(i);
            s.type[i] = p.type();
            s.countType[i] = p.countType();
            int a = i == axis[0] ? 0 : i == axis[1] ? 1 : i == axis[2] ? 2 : -1;
            if (a >= 0) {
                s.role[i] = a;
                s.target[i] = a == 0 ? cloud.x() : a == 1 ? cloud.y() : cloud.z();
                s.wide[a] = !p.type().fitsFloat32();
                if (p.type() != PlyType.FLOAT32) {
                    s.stage[a] = new double[Math.min(BLOCK, Math.max(count, 1))];
                }
            } else if (p.isList()) {
                s.role[i] = ROLE_LIST;
            } else {
                String name = p.name();
                if (!intensityTaken && isIntensity(name)) {
                    name = StandardAttributes.INTENSITY;
                    intensityTaken = true;
                }
                while (cloud.hasColumn(name)) {
                    // only a renamed intensity can collide (the header rejects duplicate names): keep both
                    name = name + "_";
                }
                s.role[i] = ROLE_COLUMN;
                s.target[i] = cloud.addColumn(name, p.type().scalar(), 1).array();
            }
        }
        return s;
    }

    /**
     * Checks that the vertex element has scalar x and y (z may be missing, as in PDAL's own 2-D test files;
     * such points read with z = 0); returns the property indices of x, y, z (-1 for a missing z).
     */
    static int[] validate(Path file, PlyElement vertex) throws FormatException {
        List<PlyProperty> props = vertex.properties();
        int[] axis = {find(props, "x"), find(props, "y"), find(props, "z")};
        for (int a = 0; a < 3; a++) {
            String name = "xyz".substring(a, a + 1);
            if (axis[a] < 0 && a == 2) {
                continue;
            }
            if (axis[a] < 0) {
                throw new FormatException(file, "vertex element has no " + name + " property (it has "
                        + names(props) + ")");
            }
            if (props.get(axis[a]).isList()) {
                throw new FormatException(file, "vertex property " + name + " is a list, not a coordinate");
            }
        }
        return axis;
    }

    private static boolean isIntensity(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.equals("intensity") || lower.equals("scalar_intensity");
    }

    /** Index of the property named {@code name}, preferring an exact match over one in another case. */
    private static int find(List<PlyProperty> props, String name) {
        for (int i = 0; i < props.size(); i++) {
            if (props.get(i).name().equals(name)) {
                return i;
            }
        }
        for (int i = 0; i < props.size(); i++) {
            if (props.get(i).name().equalsIgnoreCase(name)) {
                return i;
            }
        }
        return -1;
    }

    private static String names(List<PlyProperty> props) {
        if (props.isEmpty()) {
            return "no properties";
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < props.size() && i < 12; i++) {
            sb.append(i == 0 ? "" : " ").append(props.get(i).name());
        }
        return props.size() > 12 ? sb.append(" ...").toString() : sb.toString();
    }

    /**
     * Moves a block of staged axis values ({@code n} points starting at point {@code at}) into the float arrays,
     * choosing the origin from the first block.
     */
    void flushStage(int at, int n) {
        if (!originChosen) {
            for (int a = 0; a < 3; a++) {
                origin[a] = wide[a] ? chooseOrigin(stage[a], n) : 0;
            }
            originChosen = true;
            cloud.setOrigin(origin[0], origin[1], origin[2]);
        }
        float[][] xyz = {cloud.x(), cloud.y(), cloud.z()};
        for (int a = 0; a < 3; a++) {
            double[] s = stage[a];
            if (s == null) {
                continue;
            }
            float[] dst = xyz[a];
            double o = origin[a];
            for (int i = 0; i < n; i++) {
                float f = (float) (s[i] - o);
                dst[at + i] = f;
                if (Float.isInfinite(f) && Double.isFinite(s[i]) && overflowPoint < 0) {
                    overflowPoint = at + i;
                    overflowAxis = a;
                    overflowValue = s[i];
                }
            }
        }
    }

    /** True when some axis is decoded through the double staging arrays. */
    boolean staged() {
        return stage[0] != null || stage[1] != null || stage[2] != null;
    }

    /**
     * Origin for one axis from its first block of values: 0 when they all lie within
     * {@link #ORIGIN_FREE_RANGE} (sensor-frame data keeps its own coordinates), else the rounded centre of their
     * range, so float32 offsets keep sub-millimetre precision across a few kilometres.
     */
    static double chooseOrigin(double[] values, int n) {
        double min = Double.POSITIVE_INFINITY, max = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < n; i++) {
            double v = values[i];
            if (v < min) {
                min = v;
            }
            if (v > max) {
                max = v;
            }
        }
        if (!(min <= max) || Double.isInfinite(min) || Double.isInfinite(max)) {
            return 0; // no finite values (NaN fails both compares); the finite check reports them later
        }
        if (Math.max(-min, max) <= ORIGIN_FREE_RANGE) {
            return 0;
        }
        return Math.rint(min / 2 + max / 2);
    }

    /** Fails on the first point with a NaN or infinite coordinate (also one that overflowed float32). */
    void requireFinite(Path file) throws FormatException {
        if (overflowPoint >= 0) {
            throw new FormatException(file, "vertex " + overflowPoint + ": " + "xyz".charAt(overflowAxis) + " = "
                    + overflowValue + " is too far from the origin " + origin[overflowAxis]
                    + " to keep as a float32 offset");
        }
        float[] x = cloud.x(), y = cloud.y(), z = cloud.z();
        for (int i = 0; i < count; i++) {
            if (Float.isNaN(x[i] - x[i] + y[i] - y[i] + z[i] - z[i])) {
                throw new FormatException(file, "vertex " + i + " has a non-finite coordinate ("
                        + cloud.worldX(i) + ", " + cloud.worldY(i) + ", " + cloud.worldZ(i) + ")");
            }
        }
    }
}
