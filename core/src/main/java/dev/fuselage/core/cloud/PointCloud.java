package dev.fuselage.core.cloud;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A lidar point cloud in columnar form: three float arrays for x, y and z plus any number of named, typed
 * {@link AttributeColumn}s. There is no per-point object anywhere; the position arrays can be handed to OpenGL as
 * they are.
 *
 * <p><b>Coordinates.</b> Positions are stored as float32 relative to a double-precision {@linkplain #originX()
 * origin}: world = origin + local. Sensor-frame clouds (KITTI, PCD) have origin 0 and keep their floats bit for
 * bit; georeferenced clouds (LAS, e.g. UTM northings of 5,000,000 m) store an origin near their centre so that
 * float32 local coordinates keep sub-millimetre precision.
 *
 * <p><b>Organized clouds.</b> A cloud from a depth camera keeps its {@code width x height} grid; invalid points
 * (NaN or infinite coordinates) stay in place and are reported by {@link #isValid(int)} and
 * {@link #invalidPoints()}. Bounds ignore them.
 *
 * <p>Instances are mutable by their owner (readers fill them, edit commands change label columns) and are not
 * thread-safe; hand a fully built cloud to other threads through a safe publication (a future, a queue).
 */
public final class PointCloud {
    private final int size;
    private final float[] x;
    private final float[] y;
    private final float[] z;
    private final Map<String, AttributeColumn> columns = new LinkedHashMap<>();
    private final Map<String, String> metadata = new LinkedHashMap<>();
    private final List<String> warnings = new ArrayList<>();
    private double originX;
    private double originY;
    private double originZ;
    private int width;
    private int height;
    private Viewpoint viewpoint = Viewpoint.IDENTITY;
    private Bounds bounds;
    private BitSet invalid;

    /** Allocates a cloud of {@code size} points at the origin, unorganized (width = size, height = 1). */
    public PointCloud(int size) {
        this(new float[checkSize(size)], new float[size], new float[size]);
    }

    /** Wraps existing coordinate arrays of equal length without copying. */
    public PointCloud(float[] x, float[] y, float[] z) {
        Objects.requireNonNull(x, "x");
        Objects.requireNonNull(y, "y");
        Objects.requireNonNull(z, "z");
        if (x.length != y.length || x.length != z.length) {
            throw new IllegalArgumentException("x, y, z lengths differ: " + x.length + ", " + y.length + ", " + z.length);
        }
        this.size = x.length;
        this.x = x;
        this.y = y;
        this.z = z;
        this.width = size;
        this.height = size == 0 ? 0 : 1;
    }

    private static int checkSize(int size) {
        if (size < 0) {
            throw new IllegalArgumentException("size must be >= 0: " + size);
        }
        return size;
    }

    /** Number of points, valid or not. */
    public int size() {
        return size;
    }

    /** Local x coordinates (world x = {@link #originX()} + x[i]). The live array: writes change the cloud. */
    public float[] x() {
        return x;
    }

    public float[] y() {
        return y;
    }

    public float[] z() {
        return z;
    }

    public double originX() {
        return originX;
    }

    public double originY() {
        return originY;
    }

    public double originZ() {
        return originZ;
    }

    /** Sets the world position of local (0,0,0). Callers must write positions relative to it. */
    public void setOrigin(double ox, double oy, double oz) {
        this.originX = ox;
        this.originY = oy;
        this.originZ = oz;
        bounds = null;
    }

    public boolean hasOrigin() {
        return originX != 0 || originY != 0 || originZ != 0;
    }

    public double worldX(int i) {
        return originX + x[i];
    }

    public double worldY(int i) {
        return originY + y[i];
    }

    public double worldZ(int i) {
        return originZ + z[i];
    }

    /** Grid width of an organized cloud; equals {@link #size()} for an unorganized one. */
    public int width() {
        return width;
    }

    /** Grid height: 1 for an unorganized cloud. */
    public int height() {
        return height;
    }

    public boolean isOrganized() {
        return height > 1;
    }

    /** Declares the cloud organized as a {@code width x height} grid, row-major. */
    public void setOrganized(int width, int height) {
        if (width < 0 || height < 0 || (long) width * height != size) {
            throw new IllegalArgumentException("width " + width + " x height " + height + " != " + size + " points");
        }
        this.width = width;
        this.height = height;
    }

    public Viewpoint viewpoint() {
        return viewpoint;
    }

    public void setViewpoint(Viewpoint viewpoint) {
        this.viewpoint = Objects.requireNonNull(viewpoint, "viewpoint");
    }

    /** Adds a new zero-filled column; fails if the name is taken. */
    public AttributeColumn addColumn(String name, ScalarType type, int components) {
        return addColumn(AttributeColumn.allocate(name, type, components, size));
    }

    /** Adds a column built elsewhere; its size must match and its name must be free. */
    public AttributeColumn addColumn(AttributeColumn column) {
        if (column.size() != size) {
            throw new IllegalArgumentException("column '" + column.name() + "' has " + column.size()
                    + " values, cloud has " + size + " points");
        }
        if (columns.putIfAbsent(column.name(), column) != null) {
            throw new IllegalArgumentException("duplicate column '" + column.name() + "'");
        }
        return column;
    }

    /** Removes a column, if present. */
    public void removeColumn(String name) {
        columns.remove(name);
    }

    public Optional<AttributeColumn> column(String name) {
        return Optional.ofNullable(columns.get(name));
    }

    public boolean hasColumn(String name) {
        return columns.containsKey(name);
    }

    /** Attribute columns in file order (x, y, z are not among them). */
    public List<AttributeColumn> columns() {
        return List.copyOf(columns.values());
    }

    /** Free-form facts a reader keeps (format version, encoding, LAS system identifier, ...). Mutable. */
    public Map<String, String> metadata() {
        return metadata;
    }

    /** Non-fatal problems found while reading (e.g. trailing bytes after the last point). */
    public List<String> warnings() {
        return Collections.unmodifiableList(warnings);
    }

    public void addWarning(String warning) {
        warnings.add(warning);
    }

    /** True when the point has finite coordinates. */
    public boolean isValid(int i) {
        return Float.isFinite(x[i]) && Float.isFinite(y[i]) && Float.isFinite(z[i]);
    }

    /** The indices of points with a NaN or infinite coordinate (a copy; empty when all are valid). */
    public BitSet invalidPoints() {
        if (invalid == null) {
            BitSet bits = new BitSet();
            for (int i = 0; i < size; i++) {
                if (!isValid(i)) {
                    bits.set(i);
                }
            }
            invalid = bits;
        }
        return (BitSet) invalid.clone();
    }

    public int invalidCount() {
        invalidPoints();
        return invalid.cardinality();
    }

    /** World-space bounds of the valid points; computed once and cached until {@link #positionsChanged()}. */
    public Bounds bounds() {
        if (bounds == null) {
            float minX = Float.POSITIVE_INFINITY, minY = Float.POSITIVE_INFINITY, minZ = Float.POSITIVE_INFINITY;
            float maxX = Float.NEGATIVE_INFINITY, maxY = Float.NEGATIVE_INFINITY, maxZ = Float.NEGATIVE_INFINITY;
            boolean any = false;
            for (int i = 0; i < size; i++) {
                float px = x[i], py = y[i], pz = z[i];
                // one check catches NaN and both infinities: (v - v) is NaN for them
                if (Float.isNaN(px - px + py - py + pz - pz)) {
                    continue;
                }
                any = true;
                if (px < minX) minX = px;
                if (px > maxX) maxX = px;
                if (py < minY) minY = py;
                if (py > maxY) maxY = py;
                if (pz < minZ) minZ = pz;
                if (pz > maxZ) maxZ = pz;
            }
            bounds = any ? new Bounds(originX + minX, originY + minY, originZ + minZ,
                    originX + maxX, originY + maxY, originZ + maxZ) : Bounds.EMPTY;
        }
        return bounds;
    }

    /** Call after writing into the coordinate arrays so cached bounds and validity are recomputed. */
    public void positionsChanged() {
        bounds = null;
        invalid = null;
    }

    @Override
    public String toString() {
        return "PointCloud[" + size + " points" + (isOrganized() ? ", " + width + "x" + height : "")
                + ", columns=" + columns.values() + "]";
    }
}
