package dev.fuselage.io.las;

import static dev.fuselage.io.las.LasColumns.*;

import dev.fuselage.core.cloud.AttributeColumn;
import dev.fuselage.core.cloud.ScalarType;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The columns of one point record layout (a point format plus its extra bytes) and where each lives in the
 * record: the single source of truth both the reader and the writer work from, so a field read from a byte is
 * written back to the same byte.
 */
final class RecordLayout {
    /** Binds a column's array to a codec. */
    @FunctionalInterface
    interface Binder {
        FieldCodec bind(AttributeColumn column);
    }

    /**
     * One column of the layout.
     *
     * @param descriptors the extra-bytes descriptors it came from (empty for standard fields)
     */
    record Spec(String name, ScalarType type, int components, Binder binder, List<ExtraBytesDescriptor> descriptors) {
    }

    private RecordLayout() {
    }

    /** The standard fields of a point format, in the order the reader creates their columns. */
    static List<Spec> standard(PointFormat pf) {
        List<Spec> s = new ArrayList<>();
        s.add(typed(INTENSITY, ScalarType.UINT16, 1, 12));
        if (pf.extended()) {
            s.add(bits(RETURN_NUMBER, 14, 0, 0x0F));
            s.add(bits(NUMBER_OF_RETURNS, 14, 4, 0x0F));
            s.add(bits(SCAN_DIRECTION_FLAG, 15, 6, 1));
            s.add(bits(EDGE_OF_FLIGHT_LINE, 15, 7, 1));
            s.add(typed(CLASSIFICATION, ScalarType.UINT8, 1, 16));
            s.add(bits(SYNTHETIC, 15, 0, 1));
            s.add(bits(KEY_POINT, 15, 1, 1));
            s.add(bits(WITHHELD, 15, 2, 1));
            s.add(bits(OVERLAP, 15, 3, 1));
            s.add(bits(SCANNER_CHANNEL, 15, 4, 3));
            s.add(typed(SCAN_ANGLE, ScalarType.INT16, 1, 18));
            s.add(typed(USER_DATA, ScalarType.UINT8, 1, 17));
            s.add(typed(POINT_SOURCE_ID, ScalarType.UINT16, 1, 20));
        } else {
            s.add(bits(RETURN_NUMBER, 14, 0, 7));
            s.add(bits(NUMBER_OF_RETURNS, 14, 3, 7));
            s.add(bits(SCAN_DIRECTION_FLAG, 14, 6, 1));
            s.add(bits(EDGE_OF_FLIGHT_LINE, 14, 7, 1));
            s.add(bits(CLASSIFICATION, 15, 0, 0x1F));
            s.add(bits(SYNTHETIC, 15, 5, 1));
            s.add(bits(KEY_POINT, 15, 6, 1));
            s.add(bits(WITHHELD, 15, 7, 1));
            s.add(typed(SCAN_ANGLE_RANK, ScalarType.INT8, 1, 16));
            s.add(typed(USER_DATA, ScalarType.UINT8, 1, 17));
            s.add(typed(POINT_SOURCE_ID, ScalarType.UINT16, 1, 18));
        }
        if (pf.hasTime()) {
            s.add(typed(GPS_TIME, ScalarType.FLOAT64, 1, pf.timeAt()));
        }
        if (pf.hasRgb()) {
            s.add(typed(RED, ScalarType.UINT16, 1, pf.rgbAt()));
            s.add(typed(GREEN, ScalarType.UINT16, 1, pf.rgbAt() + 2));
            s.add(typed(BLUE, ScalarType.UINT16, 1, pf.rgbAt() + 4));
        }
        if (pf.hasNir()) {
            s.add(typed(NIR, ScalarType.UINT16, 1, pf.nirAt()));
        }
        if (pf.hasWavePacket()) {
            int w = pf.waveAt();
            s.add(typed(WAVEPACKET_INDEX, ScalarType.UINT8, 1, w));
            s.add(typed(WAVEPACKET_OFFSET, ScalarType.UINT64, 1, w + 1));
            s.add(typed(WAVEPACKET_SIZE, ScalarType.UINT32, 1, w + 9));
            s.add(typed(RETURN_POINT_WAVE_LOCATION, ScalarType.FLOAT32, 1, w + 13));
            s.add(typed(X_T, ScalarType.FLOAT32, 1, w + 17));
            s.add(typed(Y_T, ScalarType.FLOAT32, 1, w + 21));
            s.add(typed(Z_T, ScalarType.FLOAT32, 1, w + 25));
        }
        return s;
    }

    /** The raw X, Y, Z integer columns (used when float32 positions cannot keep every integer). */
    static List<Spec> rawCoordinates() {
        return List.of(typed(RAW_X, ScalarType.INT32, 1, 0), typed(RAW_Y, ScalarType.INT32, 1, 4),
                typed(RAW_Z, ScalarType.INT32, 1, 8));
    }

    /**
     * The extra-bytes columns of records {@code recordLength} long whose fixed part is {@code baseLength}:
     * one column per descriptor that fits (a run of descriptors named {@code foo[0]}, {@code foo[1]}, ... of one
     * type becomes one multi-component column {@code foo}), and one opaque {@link LasColumns#EXTRA_BYTES}
     * column for whatever bytes no descriptor explains. Never fails: descriptors that do not fit or have unknown
     * types are reported in {@code warnings} and their bytes kept opaque.
     *
     * @param taken column names already in use (renamed around with a numeric suffix)
     */
    static List<Spec> extra(int baseLength, int recordLength, List<ExtraBytesDescriptor> descriptors,
                            Set<String> taken, List<String> warnings) {
        List<Spec> specs = new ArrayList<>();
        Set<String> used = new java.util.HashSet<>(taken);
        int at = baseLength;
        int i = 0;
        while (i < descriptors.size()) {
            ExtraBytesDescriptor d = descriptors.get(i);
            if (!d.knownType()) {
                warnings.add("extra-bytes descriptor '" + d.name() + "' has unknown data type " + d.dataType()
                        + "; its bytes and those after it are kept as opaque " + EXTRA_BYTES);
                break;
            }
            int size = d.byteSize();
            if (size == 0) {
                i++;
                continue;
            }
            if (at + size > recordLength) {
                warnings.add("extra-bytes descriptor '" + d.name() + "' needs " + size + " bytes at record offset "
                        + at + " but records are " + recordLength + " bytes long; ignored");
                break;
            }
            // a run must fit whole; what does not fit is reported when the loop reaches it
            int run = Math.min(indexedRun(descriptors, i), (recordLength - at) / size);
            if (run > 1) {
                String base = d.name().substring(0, d.name().lastIndexOf('['));
                specs.add(extraSpec(unique(base, used), descriptors.subList(i, i + run), at));
                at += size * run;
                i += run;
                continue;
            }
            String name = d.name().isEmpty() ? "extra_" + i : d.name();
            specs.add(extraSpec(unique(name, used), List.of(d), at));
            at += size;
            i++;
        }
        if (at < recordLength) {
            int rest = recordLength - at;
            int start = at;
            specs.add(new Spec(unique(EXTRA_BYTES, used), ScalarType.UINT8, rest,
                    c -> new FieldCodec.Bytes(start, rest, c.bytes()), List.of()));
        }
        return specs;
    }

    /** How many descriptors from {@code i} on form a run {@code foo[0], foo[1], ...} of one scalar type. */
    private static int indexedRun(List<ExtraBytesDescriptor> descriptors, int i) {
        ExtraBytesDescriptor first = descriptors.get(i);
        String base = indexedBase(first.name(), 0);
        if (base == null || first.dataType() < 1 || first.dataType() > 10) {
            return 1;
        }
        int k = 1;
        while (i + k < descriptors.size()) {
            ExtraBytesDescriptor d = descriptors.get(i + k);
            if (d.dataType() != first.dataType() || d.scaled() != first.scaled()
                    || !base.equals(indexedBase(d.name(), k))) {
                break;
            }
            k++;
        }
        return k;
    }

    /** The part before {@code [index]} when a name ends with exactly that suffix, else null. */
    static String indexedBase(String name, int index) {
        String suffix = "[" + index + "]";
        return name.length() > suffix.length() && name.endsWith(suffix)
                ? name.substring(0, name.length() - suffix.length()) : null;
    }

    private static Spec extraSpec(String name, List<ExtraBytesDescriptor> run, int at) {
        ExtraBytesDescriptor d = run.get(0);
        if (d.opaque()) {
            int size = d.byteSize();
            return new Spec(name, ScalarType.UINT8, size, c -> new FieldCodec.Bytes(at, size, c.bytes()), run);
        }
        int components = run.size() > 1 ? run.size() : d.components();
        if (d.scaled()) {
            double[] scale = new double[components];
            double[] offset = new double[components];
            for (int c = 0; c < components; c++) {
                ExtraBytesDescriptor e = run.size() > 1 ? run.get(c) : d;
                int k = run.size() > 1 ? 0 : c;
                scale[c] = e.scaleOf(k);
                offset[c] = e.offsetOf(k);
            }
            ScalarType raw = d.baseType();
            return new Spec(name, ScalarType.FLOAT64, components,
                    c -> new ScaledCodec(at, raw, components, scale, offset, c.doubles()), run);
        }
        Spec plain = typed(name, d.baseType(), components, at);
        return new Spec(name, plain.type(), components, plain.binder(), run);
    }

    private static String unique(String name, Set<String> used) {
        String candidate = name;
        for (int k = 2; !used.add(candidate); k++) {
            candidate = name + "_" + k;
        }
        return candidate;
    }

    /** A single-byte bit field. */
    static Spec bits(String name, int at, int shift, int mask) {
        return new Spec(name, ScalarType.UINT8, 1, c -> new FieldCodec.Bits(at, shift, mask, c.bytes()), List.of());
    }

    /** A plain little-endian value of the given type, {@code components} consecutive ones. */
    static Spec typed(String name, ScalarType type, int components, int at) {
        Binder binder = switch (type) {
            case UINT8, INT8 -> c -> new FieldCodec.Bytes(at, components, c.bytes());
            case UINT16, INT16 -> c -> new FieldCodec.Shorts(at, components, c.shorts());
            case UINT32, INT32 -> c -> new FieldCodec.Ints(at, components, c.ints());
            case UINT64, INT64 -> c -> new FieldCodec.Longs(at, components, c.longs());
            case FLOAT32 -> c -> new FieldCodec.Floats(at, components, c.floats());
            case FLOAT64 -> c -> new FieldCodec.Doubles(at, components, c.doubles());
        };
        return new Spec(name, type, components, binder, List.of());
    }
}
