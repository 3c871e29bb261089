package dev.fuselage.io.las;

import static dev.fuselage.io.las.LasColumns.*;

import dev.fuselage.core.cloud.AttributeColumn;
import dev.fuselage.core.cloud.Bounds;
import dev.fuselage.core.cloud.PointCloud;
import dev.fuselage.core.cloud.ScalarType;
import dev.fuselage.core.cloud.StandardAttributes;
import dev.fuselage.io.FormatException;
import dev.fuselage.io.WriteOptions;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes one cloud as uncompressed LAS.
 *
 * <p><b>Point format and version.</b> The source file's point format (from {@link LasMetadata}) is kept when it
 * still carries every block the cloud's columns need; otherwise the smallest format that does is chosen: LAS 1.2
 * formats 0–3 unless a column needs LAS 1.4 (overlap, scanner channel, 16-bit scan angle, classes above 31,
 * more than 7 returns), then 6–10; formats 4/5 (waveforms) give LAS 1.3.
 *
 * <p><b>Coordinates.</b> Scale and offset come from the metadata when they can represent the cloud, else 0.001
 * and the floor of the bounds minimum (the scale grows by tens if the extent needs it). Integers are
 * {@code round((world - offset) / scale)}; kept {@link LasColumns#RAW_X raw} integers win while the position
 * still agrees with them. Header bounds and return counts are computed from the written integers.
 *
 * <p><b>Other columns.</b> Standard fields are converted to their LAS types where needed (a float intensity in
 * [0, 1] is scaled to 16 bits, a packed {@code rgb} becomes 16-bit red/green/blue). Every other column becomes an
 * extra-bytes dimension: with its original descriptor when it came from a LAS file (so no_data, scale, offset and
 * description survive), else a new one; multi-component columns are written as {@code name[0]},
 * {@code name[1]}, ... which the reader joins back. VLRs and EVLRs kept in the metadata are written back, except
 * the extra-bytes and LASzip ones, which are rebuilt or dropped.
 */
final class LasWriter {
    private static final int BLOCK = 16384;
    private static final int WAVEFORM_RECORD = 65535;
    private static final double[] DEFAULT_SCALE = {0.001, 0.001, 0.001};

    private final PointCloud cloud;
    /** Where the bytes go. */
    private final Path target;
    /** The name errors use. */
    private final Path file;
    private final WriteOptions options;
    private final Map<String, String> meta;
    private final int n;

    /**
     * @param target the file to write; when it is {@link dev.fuselage.io.PointCloudIO}'s temporary sibling
     *               ({@code .<name>.<digits>.tmp}), errors name the final file the user asked for
     */
    LasWriter(PointCloud cloud, Path target, WriteOptions options) {
        this.cloud = cloud;
        this.target = target;
        this.file = userFacing(target);
        this.options = options;
        this.meta = cloud.metadata();
        this.n = cloud.size();
    }

    private static Path userFacing(Path target) {
        Path name = target.getFileName();
        String s = name == null ? "" : name.toString();
        if (s.startsWith(".") && s.endsWith(".tmp")) {
            String inner = s.substring(1, s.length() - 4);
            int dot = inner.lastIndexOf('.');
            if (dot > 0 && inner.substring(dot + 1).chars().allMatch(Character::isDigit)) {
                return target.resolveSibling(inner.substring(0, dot));
            }
        }
        return target;
    }

    void write() throws IOException {
        if (options.encoding().isPresent()) {
            throw new FormatException(file, "LAS has no encodings (got '" + options.encoding().get() + "')");
        }
        requireFinitePositions();
        PointFormat pf = choosePointFormat();
        List<LasVlr> evlrs = LasMetadata.records(meta, LasMetadata.EVLR, true);
        int minor = chooseMinor(pf, evlrs);
        if (minor < 4) {
            evlrs = evlrs.stream().filter(LasWriter::isWaveformRecord).limit(1).toList();
        }
        Grid grid = chooseGrid();

        List<FieldCodec> codecs = new ArrayList<>();
        Positions positions = Positions.writer(cloud.x(), cloud.y(), cloud.z(), grid.scale, grid.base(cloud),
                grid.keepRaw ? rawColumns() : new int[3][]);
        codecs.add(positions);
        AttributeColumn returns = bindStandard(pf, codecs);
        List<ExtraBytesDescriptor> descriptors = new ArrayList<>();
        int recordLength = bindExtra(pf, codecs, descriptors);

        long[] lo = {Long.MAX_VALUE, Long.MAX_VALUE, Long.MAX_VALUE};
        long[] hi = {Long.MIN_VALUE, Long.MIN_VALUE, Long.MIN_VALUE};
        quantizeAll(positions, grid, lo, hi);
        long[] byReturn = countReturns(returns, pf.extended() ? 15 : 7);

        List<LasVlr> vlrs = new ArrayList<>();
        for (LasVlr v : LasMetadata.records(meta, LasMetadata.VLR, false)) {
            boolean rebuilt = v.is(LasVlr.LASF_SPEC, LasVlr.EXTRA_BYTES_RECORD)
                    || v.is(LasVlr.LASZIP_USER, LasVlr.LASZIP_RECORD);
            if (!rebuilt && v.payload().length <= 0xFFFF) {
                vlrs.add(v);
            }
        }
        if (!descriptors.isEmpty()) {
            byte[] payload = ExtraBytesDescriptor.payload(descriptors);
            if (payload.length > 0xFFFF) {
                throw new FormatException(file, descriptors.size() + " extra-bytes dimensions do not fit one "
                        + "extra-bytes VLR (at most " + 0xFFFF / ExtraBytesDescriptor.BYTES + ")");
            }
            vlrs.add(new LasVlr(LasVlr.LASF_SPEC, LasVlr.EXTRA_BYTES_RECORD, "Extra Bytes Record", payload,
                    payload.length, false));
        }
        writeFile(pf, minor, recordLength, grid, codecs, vlrs, evlrs, lo, hi, byReturn);
    }

    private void requireFinitePositions() throws FormatException {
        float[] x = cloud.x(), y = cloud.y(), z = cloud.z();
        for (int i = 0; i < n; i++) {
            if (Float.isNaN(x[i] - x[i] + y[i] - y[i] + z[i] - z[i])) {
                throw new FormatException(file, "point " + i + " has a non-finite coordinate; LAS cannot store "
                        + "it (remove invalid points first)");
            }
        }
        if (!Double.isFinite(cloud.originX()) || !Double.isFinite(cloud.originY())
                || !Double.isFinite(cloud.originZ())) {
            throw new FormatException(file, "the cloud's origin is not finite");
        }
    }

    // ---- point format and version ----

    private PointFormat choosePointFormat() {
        boolean time = cloud.hasColumn(GPS_TIME);
        boolean rgb = cloud.hasColumn(RED) || cloud.hasColumn(GREEN) || cloud.hasColumn(BLUE)
                || cloud.hasColumn(StandardAttributes.RGB) || cloud.hasColumn(StandardAttributes.RGBA);
        boolean nir = cloud.hasColumn(NIR);
        boolean wave = cloud.hasColumn(WAVEPACKET_INDEX) || cloud.hasColumn(WAVEPACKET_OFFSET)
                || cloud.hasColumn(WAVEPACKET_SIZE) || cloud.hasColumn(RETURN_POINT_WAVE_LOCATION)
                || cloud.hasColumn(X_T) || cloud.hasColumn(Y_T) || cloud.hasColumn(Z_T);
        PointFormat source = PointFormat.of(LasMetadata.parseInt(meta.get(LasMetadata.POINT_FORMAT), -1));
        boolean extended = cloud.hasColumn(OVERLAP) || cloud.hasColumn(SCANNER_CHANNEL)
                || cloud.hasColumn(SCAN_ANGLE) && !cloud.hasColumn(SCAN_ANGLE_RANK)
                || max(CLASSIFICATION) > 31 || max(RETURN_NUMBER) > 7 || max(NUMBER_OF_RETURNS) > 7
                || source != null && source.extended();
        if (source != null && source.extended() == extended && source.covers(time, rgb, nir, wave)) {
            return source;
        }
        return PointFormat.smallest(extended, time, rgb, nir, wave);
    }

    private long max(String column) {
        AttributeColumn c = cloud.column(column).orElse(null);
        long max = 0;
        if (c != null) {
            for (int i = 0; i < c.size(); i++) {
                max = Math.max(max, (long) c.getDouble(i));
            }
        }
        return max;
    }

    private int chooseMinor(PointFormat pf, List<LasVlr> evlrs) {
        String version = meta.get(LasMetadata.VERSION);
        int source = version != null && version.startsWith("1.") ? LasMetadata.parseInt(version.substring(2), 2) : 2;
        int minor = Math.max(Math.min(Math.max(source, 0), 4), pf.minimumMinorVersion());
        if (!evlrs.isEmpty() && minor < 3) {
            minor = 3;
        }
        if (minor == 3 && (evlrs.size() > 1 || evlrs.size() == 1 && !isWaveformRecord(evlrs.get(0)))) {
            minor = 4; // LAS 1.3 can only point at a waveform record
        }
        return minor;
    }

    /** The waveform data packet record (early LAS 1.3 writers spelled the user id {@code LAS_Spec}). */
    private static boolean isWaveformRecord(LasVlr v) {
        return v.is(LasVlr.LASF_SPEC, WAVEFORM_RECORD) || v.is("LAS_Spec", WAVEFORM_RECORD);
    }

    // ---- coordinates ----

    /** Scale and offset per axis, and whether kept raw integers may be used (same grid as the source). */
    private record Grid(double[] scale, double[] offset, boolean keepRaw) {
        double[] base(PointCloud cloud) {
            return new double[] {cloud.originX() - offset[0], cloud.originY() - offset[1],
                cloud.originZ() - offset[2]};
        }
    }

    private Grid chooseGrid() throws FormatException {
        double[] scale = LasMetadata.triple(meta.get(LasMetadata.SCALE));
        double[] offset = LasMetadata.triple(meta.get(LasMetadata.OFFSET));
        Bounds b = cloud.bounds();
        double[] min = b.isEmpty() ? new double[3] : b.min();
        double[] max = b.isEmpty() ? new double[3] : b.max();
        boolean usable = scale != null && offset != null;
        for (int a = 0; usable && a < 3; a++) {
            usable = Double.isFinite(scale[a]) && scale[a] != 0 && Double.isFinite(offset[a]);
        }
        if (usable && fits(min, max, scale, offset)) {
            return new Grid(scale, offset, true);
        }
        double[] s = usable ? scale.clone() : DEFAULT_SCALE.clone();
        double[] o = new double[3];
        for (int a = 0; a < 3; a++) {
            o[a] = Math.floor(min[a]);
            while (!fits(min[a], max[a], s[a], o[a])) {
                s[a] *= 10;
                if (Math.abs(s[a]) > 1e20) {
                    throw new FormatException(file, "coordinates up to " + max[a] + " cannot be stored as LAS integers");
                }
            }
        }
        return new Grid(s, o, false);
    }

    private static boolean fits(double[] min, double[] max, double[] scale, double[] offset) {
        for (int a = 0; a < 3; a++) {
            if (!fits(min[a], max[a], scale[a], offset[a])) {
                return false;
            }
        }
        return true;
    }

    private static boolean fits(double min, double max, double scale, double offset) {
        double lo = (min - offset) / scale;
        double hi = (max - offset) / scale;
        double limit = Integer.MAX_VALUE - 1.0;
        return Math.abs(lo) <= limit && Math.abs(hi) <= limit;
    }

    private int[][] rawColumns() {
        int[][] raw = new int[3][];
        String[] names = {RAW_X, RAW_Y, RAW_Z};
        for (int a = 0; a < 3; a++) {
            AttributeColumn c = cloud.column(names[a]).orElse(null);
            if (c != null && c.type() == ScalarType.INT32 && c.components() == 1) {
                raw[a] = c.ints();
            }
        }
        return raw;
    }

    private void quantizeAll(Positions positions, Grid grid, long[] lo, long[] hi) throws FormatException {
        for (int a = 0; a < 3; a++) {
            long min = Long.MAX_VALUE, max = Long.MIN_VALUE;
            for (int j = 0; j < n; j++) {
                long q = positions.quantize(a, j);
                min = Math.min(min, q);
                max = Math.max(max, q);
            }
            if (n > 0 && (min < Integer.MIN_VALUE || max > Integer.MAX_VALUE)) {
                throw new FormatException(file, "coordinates do not fit LAS's 32-bit integers at scale "
                        + grid.scale[a] + " and offset " + grid.offset[a]);
            }
            lo[a] = min;
            hi[a] = max;
        }
    }

    private long[] countReturns(AttributeColumn returns, int mask) {
        long[] counts = new long[15];
        if (returns == null) {
            return counts;
        }
        for (int j = 0; j < n; j++) {
            int r = (int) (returns.getLong(j) & mask);
            if (r >= 1 && r <= 15) {
                counts[r - 1]++;
            }
        }
        return counts;
    }

    // ---- fields ----

    /** Binds the standard fields; returns the return-number column as written (null when absent). */
    private AttributeColumn bindStandard(PointFormat pf, List<FieldCodec> codecs) {
        AttributeColumn returns = null;
        for (RecordLayout.Spec spec : RecordLayout.standard(pf)) {
            AttributeColumn src = cloud.column(spec.name()).orElse(null);
            double factor = 1.0;
            if (src == null) {
                switch (spec.name()) {
                    case SCAN_ANGLE_RANK -> {
                        src = cloud.column(SCAN_ANGLE).orElse(null);
                        factor = 0.006; // 0.006 degree steps to whole degrees
                    }
                    case SCAN_ANGLE -> {
                        src = cloud.column(SCAN_ANGLE_RANK).orElse(null);
                        factor = 1 / 0.006;
                    }
                    case RED, GREEN, BLUE -> src = packedChannel(spec.name());
                    default -> { }
                }
            } else if (spec.name().equals(INTENSITY)) {
                factor = ColumnConversion.intensityFactor(src);
            }
            if (src == null) {
                continue; // absent fields are written as zeros
            }
            AttributeColumn column = ColumnConversion.to(src, spec.type(), spec.components(), factor);
            codecs.add(spec.binder().bind(column));
            if (spec.name().equals(RETURN_NUMBER)) {
                returns = column;
            }
        }
        return returns;
    }

    /** One 16-bit channel of a packed 0x(AA)RRGGBB colour column, when the cloud has no LAS colour columns. */
    private AttributeColumn packedChannel(String channel) {
        if (cloud.hasColumn(RED) || cloud.hasColumn(GREEN) || cloud.hasColumn(BLUE)) {
            return null;
        }
        AttributeColumn packed = cloud.column(StandardAttributes.RGB)
                .or(() -> cloud.column(StandardAttributes.RGBA)).orElse(null);
        if (packed == null) {
            return null;
        }
        int shift = channel.equals(RED) ? 16 : channel.equals(GREEN) ? 8 : 0;
        AttributeColumn out = AttributeColumn.allocate(channel, ScalarType.UINT16, 1, n);
        short[] v = out.shorts();
        for (int i = 0; i < n; i++) {
            int bits = packed.type() == ScalarType.FLOAT32 ? Float.floatToRawIntBits(packed.floats()[i * packed.components()])
                    : (int) packed.getLong(i);
            v[i] = (short) (((bits >> shift) & 0xFF) * 257);
        }
        return out;
    }

    /** Binds every non-standard column as extra bytes; returns the record length. */
    private int bindExtra(PointFormat pf, List<FieldCodec> codecs, List<ExtraBytesDescriptor> all)
            throws FormatException {
        boolean colourFromPacked = pf.hasRgb() && !cloud.hasColumn(RED) && !cloud.hasColumn(GREEN)
                && !cloud.hasColumn(BLUE);
        int at = pf.baseLength();
        for (AttributeColumn column : cloud.columns()) {
            String name = column.name();
            if (LasColumns.STANDARD.contains(name) || colourFromPacked
                    && (name.equals(StandardAttributes.RGB) || name.equals(StandardAttributes.RGBA))) {
                continue;
            }
            List<ExtraBytesDescriptor> group = kept(column);
            if (group == null) {
                group = fresh(column);
            }
            int size = 0;
            for (ExtraBytesDescriptor d : group) {
                size += d.byteSize();
            }
            if (at + size > 0xFFFF) {
                throw new FormatException(file, "the extra columns make point records longer than the 65535 bytes "
                        + "LAS allows");
            }
            RecordLayout.Spec spec = RecordLayout.extra(at, at + size, group, Set.of(), new ArrayList<>()).get(0);
            codecs.add(spec.binder().bind(column));
            all.addAll(group);
            at += size;
        }
        return at;
    }

    /** The descriptors the column was read from, if the column still has the type they give. */
    private List<ExtraBytesDescriptor> kept(AttributeColumn column) {
        String encoded = meta.get(LasMetadata.EXTRA_BYTES + column.name());
        if (encoded == null) {
            return null;
        }
        List<ExtraBytesDescriptor> group;
        try {
            group = ExtraBytesDescriptor.parseAll(Base64.getDecoder().decode(encoded));
        } catch (IllegalArgumentException e) {
            return null;
        }
        int size = 0;
        for (ExtraBytesDescriptor d : group) {
            if (!d.knownType()) {
                return null;
            }
            size += d.byteSize();
        }
        if (group.isEmpty() || size == 0) {
            return null;
        }
        List<RecordLayout.Spec> specs = RecordLayout.extra(0, size, group, Set.of(), new ArrayList<>());
        RecordLayout.Spec s = specs.get(0);
        boolean same = specs.size() == 1 && s.type() == column.type() && s.components() == column.components();
        return same ? group : null;
    }

    /** New descriptors for a column: one per component, {@code name[i]} when there are several. */
    private static List<ExtraBytesDescriptor> fresh(AttributeColumn column) {
        String name = column.name();
        int components = column.components();
        if (name.equals(EXTRA_BYTES) && column.type() == ScalarType.UINT8 && components <= 255) {
            return List.of(ExtraBytesDescriptor.opaque(name, components));
        }
        if (components == 1) {
            return List.of(ExtraBytesDescriptor.create(ExtraBytesDescriptor.fitName(name), column.type(),
                    ExtraBytesDescriptor.fitName(name)));
        }
        List<ExtraBytesDescriptor> list = new ArrayList<>();
        for (int c = 0; c < components; c++) {
            String suffix = "[" + c + "]";
            String base = ExtraBytesDescriptor.fitName(name);
            while (base.length() + suffix.length() > 32) {
                base = base.substring(0, base.length() - 1);
            }
            list.add(ExtraBytesDescriptor.create(base + suffix, column.type(), ExtraBytesDescriptor.fitName(name)));
        }
        return list;
    }

    // ---- bytes ----

    private void writeFile(PointFormat pf, int minor, int recordLength, Grid grid, List<FieldCodec> codecs,
                           List<LasVlr> vlrs, List<LasVlr> evlrs, long[] lo, long[] hi, long[] byReturn)
            throws IOException {
        int headerSize = LasHeader.requiredHeaderSize(minor);
        try (FileChannel ch = FileChannel.open(target, StandardOpenOption.WRITE, StandardOpenOption.CREATE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            long at = headerSize;
            for (LasVlr v : vlrs) {
                ByteBuffer b = ByteBuffer.allocate(LasVlr.HEADER_BYTES + v.payload().length)
                        .order(ByteOrder.LITTLE_ENDIAN);
                v.writeHeader(b);
                b.put(v.payload()).flip();
                at += writeFully(ch, b, at);
            }
            if (minor == 0) {
                at += writeFully(ch, ByteBuffer.wrap(new byte[] {(byte) 0xDD, (byte) 0xCC}), at);
            }
            long pointOffset = at;
            if (pointOffset > 0xFFFFFFFFL) {
                throw new FormatException(file, "the VLRs are too large for a LAS header to point past them");
            }
            at += writePoints(ch, at, recordLength, codecs);
            long evlrStart = evlrs.isEmpty() ? 0 : at;
            long waveformStart = 0;
            for (LasVlr v : evlrs) {
                if (isWaveformRecord(v) && waveformStart == 0) {
                    waveformStart = at;
                }
                ByteBuffer b = ByteBuffer.allocate(LasVlr.EXTENDED_HEADER_BYTES).order(ByteOrder.LITTLE_ENDIAN);
                v.writeHeader(b);
                b.flip();
                at += writeFully(ch, b, at);
                at += writeFully(ch, ByteBuffer.wrap(v.payload()), at);
            }
            ByteBuffer header = header(pf, minor, headerSize, recordLength, grid, vlrs.size(), pointOffset, lo, hi,
                    byReturn, waveformStart, evlrStart, evlrs.size());
            writeFully(ch, header, 0);
        }
    }

    private long writePoints(FileChannel ch, long at, int recordLength, List<FieldCodec> codecs) throws IOException {
        int block = Math.max(1, Math.min(BLOCK, (1 << 24) / recordLength));
        ByteBuffer buf = ByteBuffer.allocate(block * recordLength).order(ByteOrder.LITTLE_ENDIAN);
        long written = 0;
        for (int done = 0; done < n; done += block) {
            int count = Math.min(block, n - done);
            Arrays.fill(buf.array(), 0, count * recordLength, (byte) 0);
            for (FieldCodec codec : codecs) {
                codec.encode(buf, 0, recordLength, count, done);
            }
            buf.clear().limit(count * recordLength);
            written += writeFully(ch, buf, at + written);
        }
        return written;
    }

    private static int writeFully(FileChannel ch, ByteBuffer b, long at) throws IOException {
        int total = 0;
        while (b.hasRemaining()) {
            total += ch.write(b, at + total);
        }
        return total;
    }

    private ByteBuffer header(PointFormat pf, int minor, int headerSize, int recordLength, Grid grid, int vlrCount,
                              long pointOffset, long[] lo, long[] hi, long[] byReturn, long waveformStart,
                              long evlrStart, int evlrCount) {
        ByteBuffer b = ByteBuffer.allocate(headerSize).order(ByteOrder.LITTLE_ENDIAN);
        b.put(new byte[] {'L', 'A', 'S', 'F'});
        b.putShort((short) LasMetadata.parseInt(meta.get(LasMetadata.FILE_SOURCE_ID), 0));
        int encodingMask = minor <= 2 ? 0x1 : minor == 3 ? 0xF : 0x1F;
        b.putShort((short) (LasMetadata.parseInt(meta.get(LasMetadata.GLOBAL_ENCODING), 0) & encodingMask));
        b.put(guid());
        b.put((byte) 1).put((byte) minor);
        LasVlr.putText(b, meta.getOrDefault(LasMetadata.SYSTEM_IDENTIFIER, "OTHER"), 32);
        LasVlr.putText(b, "Fuselage", 32);
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        b.putShort((short) LasMetadata.parseInt(meta.get(LasMetadata.CREATION_DAY), today.getDayOfYear()));
        b.putShort((short) LasMetadata.parseInt(meta.get(LasMetadata.CREATION_YEAR), today.getYear()));
        b.putShort((short) headerSize);
        b.putInt((int) pointOffset);
        b.putInt(vlrCount);
        b.put((byte) pf.id());
        b.putShort((short) recordLength);
        boolean legacy = !pf.extended() && n <= 0xFFFFFFFFL;
        b.putInt(legacy ? n : 0);
        for (int r = 0; r < 5; r++) {
            b.putInt(legacy ? (int) byReturn[r] : 0);
        }
        for (double s : grid.scale) {
            b.putDouble(s);
        }
        for (double o : grid.offset) {
            b.putDouble(o);
        }
        for (int a = 0; a < 3; a++) {
            double min = n == 0 ? 0 : lo[a] * grid.scale[a] + grid.offset[a];
            double max = n == 0 ? 0 : hi[a] * grid.scale[a] + grid.offset[a];
            b.putDouble(Math.max(min, max)).putDouble(Math.min(min, max));
        }
        if (minor >= 3) {
            b.putLong(waveformStart);
        }
        if (minor >= 4) {
            b.putLong(evlrStart);
            b.putInt(evlrCount);
            b.putLong(n);
            for (int r = 0; r < 15; r++) {
                b.putLong(byReturn[r]);
            }
        }
        return b.flip();
    }

    private byte[] guid() {
        String hex = meta.get(LasMetadata.PROJECT_GUID);
        if (hex != null && hex.length() == 32) {
            try {
                return HexFormat.of().parseHex(hex);
            } catch (IllegalArgumentException e) {
                // not hex: fall through to a zero GUID
            }
        }
        return new byte[16];
    }
}
