package dev.fuselage.io.las;

import dev.fuselage.core.cloud.AttributeColumn;
import dev.fuselage.core.cloud.PointCloud;
import dev.fuselage.io.FormatException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads LAS 1.0–1.4 (point formats 0–10) and LAZ files into a {@link PointCloud}: header and (E)VLRs are
 * validated against the file before anything is allocated, then every point field is decoded into its own
 * column by per-field loops over memory-mapped (LAS) or decompressed (LAZ) records, in parallel.
 *
 * <p>Positions become float32 relative to an origin placed a whole number of scale steps from the header
 * offset, near the middle of the data, so georeferenced coordinates keep sub-millimetre precision and writing
 * back gives the same integers. Where the extent is too large for that at the file's scale, the integers are
 * kept as {@link LasColumns#RAW_X raw_x/y/z} columns as well.
 */
final class LasReader {
    /** (E)VLR payloads larger than this are not kept in metadata (waveform data can be gigabytes). */
    static final int MAX_KEPT_PAYLOAD = 16 << 20;

    private final int threads;

    /** @param threads upper bound on decoding threads, 0 for all available */
    LasReader(int threads) {
        this.threads = threads;
    }

    PointCloud read(Path file) throws IOException {
        FileChannel channel;
        try {
            channel = FileChannel.open(file, StandardOpenOption.READ);
        } catch (NoSuchFileException e) {
            throw new FormatException(file, "no such file");
        }
        try (channel) {
            return read(file, channel);
        }
    }

    private PointCloud read(Path file, FileChannel channel) throws IOException {
        long fileSize = channel.size();
        if (fileSize == 0) {
            throw new FormatException(file, "empty file (a LAS file starts with a 227-byte header)");
        }
        List<String> warnings = new ArrayList<>();
        ByteBuffer head = readAt(channel, 0, (int) Math.min(fileSize, LasHeader.HEADER_SIZE_14));
        LasHeader header = LasHeader.parse(file, head, fileSize, warnings);
        List<LasVlr> vlrs = readVlrs(channel, header, warnings);
        List<LasVlr> evlrs = readEvlrs(channel, header, fileSize, warnings);
        long dataEnd = dataEnd(header, fileSize);
        LaszipVlr laszip = header.compressed() ? laszip(file, header, vlrs) : null;
        PointSource source = laszip != null
                ? LazPoints.open(file, channel, header, laszip, dataEnd, threads, warnings)
                : uncompressed(file, channel, header, dataEnd, warnings);
        List<RecordLayout.Spec> specs = layout(header, vlrs, warnings);
        Origin origin = Origin.fromHeader(header);
        int n = (int) header.pointCount();
        MemoryBudget.check(file, n, MemoryBudget.bytesPerPoint(specs, origin.raw()) * n);

        PointCloud cloud = new PointCloud(n);
        decode(file, cloud, header, specs, origin, source);
        LasMetadata.describe(cloud, header, vlrs, evlrs, laszip, specs);
        warnings.forEach(cloud::addWarning);
        return cloud;
    }

    private static LaszipVlr laszip(Path file, LasHeader header, List<LasVlr> vlrs) throws FormatException {
        LasVlr v = vlrs.stream().filter(r -> r.is(LasVlr.LASZIP_USER, LasVlr.LASZIP_RECORD)).findFirst()
                .orElseThrow(() -> new FormatException(file, "point format byte marks the points as "
                        + "LASzip-compressed but there is no LASzip VLR"));
        return LaszipVlr.parse(file, v.payload(), header);
    }

    private PointSource uncompressed(Path file, FileChannel channel, LasHeader header, long dataEnd,
                                     List<String> warnings) throws FormatException {
        int n = (int) header.pointCount();
        long holds = (dataEnd - header.pointDataOffset()) / header.recordLength();
        if (n > holds) {
            throw new FormatException(file, "header says " + n + " points but the data holds " + holds);
        }
        long trailing = dataEnd - header.pointDataOffset() - (long) n * header.recordLength();
        if (trailing > 0 && header.evlrStart() == 0 && header.waveformStart() == 0) {
            warnings.add(trailing + " bytes after the last point record are ignored");
        }
        return new LasPoints(channel, header.pointDataOffset(), header.recordLength(), n, threads);
    }

    /** The columns of the file's records: the point format's fields, then its extra bytes. */
    private static List<RecordLayout.Spec> layout(LasHeader header, List<LasVlr> vlrs, List<String> warnings) {
        List<RecordLayout.Spec> specs = new ArrayList<>(RecordLayout.standard(header.pointFormat()));
        List<ExtraBytesDescriptor> descriptors = extraBytesDescriptors(vlrs);
        if (header.extraBytesPerPoint() > 0 || !descriptors.isEmpty()) {
            Set<String> taken = new HashSet<>(LasColumns.STANDARD);
            specs.addAll(RecordLayout.extra(header.pointFormat().baseLength(), header.recordLength(), descriptors,
                    taken, warnings));
        }
        return specs;
    }

    /**
     * Allocates the columns and decodes every record into them, then checks the float origin against the
     * integers actually decoded and, when the header bounds misled it, decodes the positions again.
     */
    private static void decode(Path file, PointCloud cloud, LasHeader header, List<RecordLayout.Spec> specs,
                               Origin origin, PointSource source) throws IOException {
        List<RecordDecoder> codecs = new ArrayList<>();
        Positions positions = origin.codec(cloud, header);
        codecs.add(positions);
        PointFormat pf = header.pointFormat();
        for (RecordLayout.Spec spec : specs) {
            AttributeColumn column = cloud.addColumn(spec.name(), spec.type(), spec.components());
            if (!CoreFields.covers(pf, spec.name()) || !spec.descriptors().isEmpty()) {
                codecs.add(spec.binder().bind(column));
            }
        }
        codecs.add(CoreFields.of(pf, cloud)); // the standard core fields in one fused pass
        if (origin.raw()) {
            codecs.addAll(addRawColumns(cloud));
        }
        source.decode(codecs);

        Origin settled = origin.settle(positions.extent(), header);
        if (settled != origin) {
            List<RecordDecoder> again = new ArrayList<>();
            again.add(settled.codec(cloud, header));
            if (settled.raw() && !origin.raw()) {
                MemoryBudget.check(file, cloud.size(), 12L * cloud.size());
                again.addAll(addRawColumns(cloud));
            }
            source.decode(again);
        } else if (origin.raw() && origin.rawRedundant(positions.extent(), header)) {
            removeRawColumns(cloud);
        }
        if (!settled.raw()) {
            removeRawColumns(cloud);
        }
        cloud.positionsChanged();
    }

    private static List<FieldCodec> addRawColumns(PointCloud cloud) {
        List<FieldCodec> codecs = new ArrayList<>();
        for (RecordLayout.Spec spec : RecordLayout.rawCoordinates()) {
            AttributeColumn column = cloud.column(spec.name()).orElseGet(() -> cloud.addColumn(spec.name(),
                    spec.type(), spec.components()));
            codecs.add(spec.binder().bind(column));
        }
        return codecs;
    }

    private static void removeRawColumns(PointCloud cloud) {
        cloud.removeColumn(LasColumns.RAW_X);
        cloud.removeColumn(LasColumns.RAW_Y);
        cloud.removeColumn(LasColumns.RAW_Z);
    }

    /** Where point records must end: the first EVLR or waveform record after them, else the end of the file. */
    private static long dataEnd(LasHeader header, long fileSize) {
        long end = fileSize;
        long start = header.pointDataOffset();
        if (header.evlrCount() > 0 && header.evlrStart() > start && header.evlrStart() < end) {
            end = header.evlrStart();
        }
        if (header.waveformStart() > start && header.waveformStart() < end) {
            end = header.waveformStart();
        }
        return end;
    }

    private static List<ExtraBytesDescriptor> extraBytesDescriptors(List<LasVlr> vlrs) {
        for (LasVlr v : vlrs) {
            if (v.is(LasVlr.LASF_SPEC, LasVlr.EXTRA_BYTES_RECORD) && v.payload() != null) {
                return ExtraBytesDescriptor.parseAll(v.payload());
            }
        }
        return List.of();
    }

    private static List<LasVlr> readVlrs(FileChannel channel, LasHeader header, List<String> warnings)
            throws IOException {
        List<LasVlr> list = new ArrayList<>();
        long at = header.headerSize();
        long end = header.pointDataOffset();
        for (long i = 0; i < header.vlrCount(); i++) {
            if (at + LasVlr.HEADER_BYTES > end) {
                warnings.add("header lists " + header.vlrCount() + " VLRs but only " + i
                        + " fit before the point data; the rest are ignored");
                break;
            }
            LasVlr v = LasVlr.parseHeader(readAt(channel, at, LasVlr.HEADER_BYTES), false);
            at += LasVlr.HEADER_BYTES;
            if (at + v.payloadLength() > end) {
                warnings.add("VLR '" + v.userId() + "' " + v.recordId() + " of " + v.payloadLength()
                        + " bytes runs into the point data; it and the VLRs after it are ignored");
                break;
            }
            list.add(v.withPayload(readBytes(channel, at, (int) v.payloadLength())));
            at += v.payloadLength();
        }
        return list;
    }

    private static List<LasVlr> readEvlrs(FileChannel channel, LasHeader header, long fileSize,
                                          List<String> warnings) throws IOException {
        long at;
        long count;
        if (header.versionMinor() >= 4 && header.evlrCount() > 0) {
            at = header.evlrStart();
            count = header.evlrCount();
        } else if (header.versionMinor() == 3 && header.waveformStart() > 0) {
            at = header.waveformStart(); // LAS 1.3: the waveform data packet record is the one EVLR
            count = 1;
        } else {
            return List.of();
        }
        List<LasVlr> list = new ArrayList<>();
        if (at < header.pointDataOffset()) {
            warnings.add("extended VLRs at " + at + " would lie before the point data; ignored");
            return list;
        }
        for (long i = 0; i < count; i++) {
            if (at < 0 || at + LasVlr.EXTENDED_HEADER_BYTES > fileSize) {
                warnings.add("header lists " + count + " extended VLRs but only " + i + " fit in the file");
                break;
            }
            LasVlr v = LasVlr.parseHeader(readAt(channel, at, LasVlr.EXTENDED_HEADER_BYTES), true);
            at += LasVlr.EXTENDED_HEADER_BYTES;
            long length = v.payloadLength();
            if (length < 0 || length > fileSize - at) {
                warnings.add("extended VLR '" + v.userId() + "' " + v.recordId() + " claims "
                        + Long.toUnsignedString(length) + " bytes but the file ends first; ignored");
                break;
            }
            if (length > MAX_KEPT_PAYLOAD) {
                warnings.add("extended VLR '" + v.userId() + "' " + v.recordId() + " (" + length
                        + " bytes) is too large to keep; writing this cloud drops it");
                list.add(v);
            } else {
                list.add(v.withPayload(readBytes(channel, at, (int) length)));
            }
            at += length;
        }
        return list;
    }

    static ByteBuffer readAt(FileChannel channel, long at, int bytes) throws IOException {
        ByteBuffer b = ByteBuffer.allocate(bytes).order(ByteOrder.LITTLE_ENDIAN);
        while (b.hasRemaining()) {
            if (channel.read(b, at + b.position()) < 0) {
                throw new java.io.EOFException("unexpected end of file at " + (at + b.position()));
            }
        }
        b.clear();
        return b;
    }

    private static byte[] readBytes(FileChannel channel, long at, int bytes) throws IOException {
        return readAt(channel, at, bytes).array();
    }
}
