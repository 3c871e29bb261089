package dev.fuselage.core.cloud;

import java.util.Objects;

/**
 * One named, typed column of per-point values (intensity, rgb, ring, time, labels, or any extra field a file
 * carries). Values live in one primitive array of the column's width, {@code components} values per point,
 * point-major ({@code index = point * components + component}); unsigned types are stored in the signed primitive
 * of the same width and widened by the accessors.
 *
 * <p>The raw arrays are exposed on purpose: readers fill them in bulk and renderers upload them without copying.
 */
public final class AttributeColumn {
    private final String name;
    private final ScalarType type;
    private final int components;
    private final int size;
    private final Object data;

    private AttributeColumn(String name, ScalarType type, int components, int size, Object data) {
        this.name = name;
        this.type = type;
        this.components = components;
        this.size = size;
        this.data = data;
    }

    /**
     * Allocates a zero-filled column.
     *
     * @param components values per point, at least 1 (PCD {@code COUNT}, e.g. 33 for an FPFH histogram)
     */
    public static AttributeColumn allocate(String name, ScalarType type, int components, int size) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        if (components < 1) {
            throw new IllegalArgumentException("components must be >= 1: " + components);
        }
        if (size < 0) {
            throw new IllegalArgumentException("size must be >= 0: " + size);
        }
        long length = (long) size * components;
        if (length > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("column too large: " + size + " points x " + components);
        }
        int n = (int) length;
        Object data = switch (type) {
            case INT8, UINT8 -> new byte[n];
            case INT16, UINT16 -> new short[n];
            case INT32, UINT32 -> new int[n];
            case INT64, UINT64 -> new long[n];
            case FLOAT32 -> new float[n];
            case FLOAT64 -> new double[n];
        };
        return new AttributeColumn(name, type, components, size, data);
    }

    /** Wraps an existing float array of {@code size * components} values without copying. */
    public static AttributeColumn wrap(String name, float[] values, int components) {
        if (components < 1 || values.length % components != 0) {
            throw new IllegalArgumentException("length " + values.length + " is not a multiple of " + components);
        }
        return new AttributeColumn(name, ScalarType.FLOAT32, components, values.length / components, values);
    }

    public String name() {
        return name;
    }

    public ScalarType type() {
        return type;
    }

    /** Values per point. */
    public int components() {
        return components;
    }

    /** Number of points. */
    public int size() {
        return size;
    }

    /** A copy of this column under another name (data copied). */
    public AttributeColumn renamed(String newName) {
        AttributeColumn copy = allocate(newName, type, components, size);
        System.arraycopy(data, 0, copy.data, 0, size * components);
        return copy;
    }

    /** Value of component 0 of a point, widened to double (exact for all types except large 64-bit ints). */
    public double getDouble(int point) {
        return getDouble(point, 0);
    }

    public double getDouble(int point, int component) {
        int i = point * components + component;
        return switch (type) {
            case INT8 -> ((byte[]) data)[i];
            case UINT8 -> ((byte[]) data)[i] & 0xFF;
            case INT16 -> ((short[]) data)[i];
            case UINT16 -> ((short[]) data)[i] & 0xFFFF;
            case INT32 -> ((int[]) data)[i];
            case UINT32 -> ((int[]) data)[i] & 0xFFFFFFFFL;
            case INT64 -> ((long[]) data)[i];
            case UINT64 -> unsignedLongToDouble(((long[]) data)[i]);
            case FLOAT32 -> ((float[]) data)[i];
            case FLOAT64 -> ((double[]) data)[i];
        };
    }

    /** Value as a long: integers exactly (unsigned widened; UINT64 as its two's-complement bits), floats truncated. */
    public long getLong(int point, int component) {
        int i = point * components + component;
        return switch (type) {
            case INT8 -> ((byte[]) data)[i];
            case UINT8 -> ((byte[]) data)[i] & 0xFF;
            case INT16 -> ((short[]) data)[i];
            case UINT16 -> ((short[]) data)[i] & 0xFFFF;
            case INT32 -> ((int[]) data)[i];
            case UINT32 -> ((int[]) data)[i] & 0xFFFFFFFFL;
            case INT64, UINT64 -> ((long[]) data)[i];
            case FLOAT32 -> (long) ((float[]) data)[i];
            case FLOAT64 -> (long) ((double[]) data)[i];
        };
    }

    public long getLong(int point) {
        return getLong(point, 0);
    }

    /** Stores a value, narrowing to the column type (integers are rounded, not range-checked). */
    public void setDouble(int point, int component, double value) {
        int i = point * components + component;
        switch (type) {
            case INT8, UINT8 -> ((byte[]) data)[i] = (byte) Math.round(value);
            case INT16, UINT16 -> ((short[]) data)[i] = (short) Math.round(value);
            case INT32 -> ((int[]) data)[i] = (int) Math.round(value);
            case UINT32 -> ((int[]) data)[i] = (int) Math.round(value);
            case INT64, UINT64 -> ((long[]) data)[i] = Math.round(value);
            case FLOAT32 -> ((float[]) data)[i] = (float) value;
            case FLOAT64 -> ((double[]) data)[i] = value;
        }
    }

    public void setDouble(int point, double value) {
        setDouble(point, 0, value);
    }

    /** Stores the low bits of an integer value (floats get the numeric value). */
    public void setLong(int point, int component, long value) {
        int i = point * components + component;
        switch (type) {
            case INT8, UINT8 -> ((byte[]) data)[i] = (byte) value;
            case INT16, UINT16 -> ((short[]) data)[i] = (short) value;
            case INT32, UINT32 -> ((int[]) data)[i] = (int) value;
            case INT64, UINT64 -> ((long[]) data)[i] = value;
            case FLOAT32 -> ((float[]) data)[i] = value;
            case FLOAT64 -> ((double[]) data)[i] = value;
        }
    }

    public void setLong(int point, long value) {
        setLong(point, 0, value);
    }

    /** Backing array for INT8/UINT8 columns. */
    public byte[] bytes() {
        return (byte[]) typed(byte[].class);
    }

    /** Backing array for INT16/UINT16 columns. */
    public short[] shorts() {
        return (short[]) typed(short[].class);
    }

    /** Backing array for INT32/UINT32 columns. */
    public int[] ints() {
        return (int[]) typed(int[].class);
    }

    /** Backing array for INT64/UINT64 columns. */
    public long[] longs() {
        return (long[]) typed(long[].class);
    }

    /** Backing array for FLOAT32 columns. */
    public float[] floats() {
        return (float[]) typed(float[].class);
    }

    /** Backing array for FLOAT64 columns. */
    public double[] doubles() {
        return (double[]) typed(double[].class);
    }

    /** The backing primitive array, whatever its type. */
    public Object array() {
        return data;
    }

    private Object typed(Class<?> arrayType) {
        if (!arrayType.isInstance(data)) {
            throw new IllegalStateException("column '" + name + "' is " + type.label() + ", not " + arrayType.getSimpleName());
        }
        return data;
    }

    private static double unsignedLongToDouble(long v) {
        double d = (double) (v >>> 1) * 2.0;
        return d + (v & 1L);
    }

    @Override
    public String toString() {
        return name + ":" + type.label() + (components > 1 ? "[" + components + "]" : "");
    }
}
