package dev.fuselage.io.las;

import dev.fuselage.io.FormatException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The LASzip VLR ({@code laszip encoded}, record 22204): how the point records are compressed. Checked against
 * the header's point format and record length, so the decoder is only ever set up for items that add up to the
 * records the rest of the reader expects.
 *
 * @param compressor 1 pointwise (one arithmetic-coded stream), 2 pointwise chunked, 3 layered chunked (LAS 1.4)
 * @param chunkSize  points per chunk, or -1 ({@code 0xFFFFFFFF}) for variable chunks listed in the chunk table
 */
record LaszipVlr(int compressor, int coder, int versionMajor, int versionMinor, long chunkSize, List<Item> items) {
    static final int POINTWISE = 1;
    static final int POINTWISE_CHUNKED = 2;
    static final int LAYERED_CHUNKED = 3;
    static final long VARIABLE_CHUNKS = 0xFFFFFFFFL;
    /** More extra bytes than this per point would make the decoder allocate a model per byte: refused. */
    static final int MAX_EXTRA_BYTES = 4096;

    /** One compressed item: a LASzip item type code (6 POINT10 ... 14 BYTE14), its size and coder version. */
    record Item(int type, int size, int version) {
        static final int BYTE = 0;
        static final int POINT10 = 6;
        static final int GPSTIME11 = 7;
        static final int RGB12 = 8;
        static final int WAVEPACKET13 = 9;
        static final int POINT14 = 10;
        static final int RGB14 = 11;
        static final int RGBNIR14 = 12;
        static final int WAVEPACKET14 = 13;
        static final int BYTE14 = 14;
    }

    static LaszipVlr parse(Path file, byte[] payload, LasHeader header) throws FormatException {
        if (payload == null || payload.length < 34) {
            throw new FormatException(file, "the LASzip VLR is " + (payload == null ? 0 : payload.length)
                    + " bytes long, too short to describe the compression");
        }
        ByteBuffer b = ByteBuffer.wrap(payload).order(ByteOrder.LITTLE_ENDIAN);
        int compressor = b.getShort(0) & 0xFFFF;
        int coder = b.getShort(2) & 0xFFFF;
        long chunkSize = b.getInt(12) & 0xFFFFFFFFL;
        int count = b.getShort(32) & 0xFFFF;
        if (34 + 6L * count > payload.length) {
            throw new FormatException(file, "the LASzip VLR lists " + count + " items but holds only "
                    + (payload.length - 34) / 6);
        }
        List<Item> items = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int at = 34 + 6 * i;
            items.add(new Item(b.getShort(at) & 0xFFFF, b.getShort(at + 2) & 0xFFFF, b.getShort(at + 4) & 0xFFFF));
        }
        LaszipVlr vlr = new LaszipVlr(compressor, coder, b.get(4) & 0xFF, b.get(5) & 0xFF, chunkSize,
                List.copyOf(items));
        vlr.check(file, header);
        return vlr;
    }

    private void check(Path file, LasHeader header) throws FormatException {
        if (compressor < POINTWISE || compressor > LAYERED_CHUNKED) {
            throw new FormatException(file, "unknown LASzip compressor " + compressor);
        }
        if (coder != 0) {
            throw new FormatException(file, "unknown LASzip entropy coder " + coder + " (only 0, arithmetic, exists)");
        }
        if (compressor != POINTWISE && chunkSize == 0) {
            throw new FormatException(file, "the LASzip VLR gives a chunk size of 0 points");
        }
        List<Item> expected = expectedItems(header);
        boolean same = expected.size() == items.size();
        for (int i = 0; same && i < items.size(); i++) {
            same = items.get(i).type() == expected.get(i).type() && items.get(i).size() == expected.get(i).size();
        }
        if (!same) {
            throw new FormatException(file, "LASzip items " + describe(items) + " do not match point format "
                    + header.pointFormat().id() + " with " + header.recordLength() + "-byte records (expected "
                    + describe(expected) + ")");
        }
        if (header.extraBytesPerPoint() > MAX_EXTRA_BYTES) {
            throw new FormatException(file, "compressed records with " + header.extraBytesPerPoint()
                    + " extra bytes per point are not supported (at most " + MAX_EXTRA_BYTES + ")");
        }
        if (header.pointFormat().extended() != (compressor == LAYERED_CHUNKED)) {
            throw new FormatException(file, "LASzip compressor " + compressor + " cannot hold point format "
                    + header.pointFormat().id());
        }
    }

    /** The items LASzip writes for a point format and record length, in order. */
    static List<Item> expectedItems(LasHeader header) {
        PointFormat pf = header.pointFormat();
        int extra = header.extraBytesPerPoint();
        List<Item> list = new ArrayList<>();
        if (pf.extended()) {
            list.add(new Item(Item.POINT14, 30, 0));
            if (pf.hasNir()) {
                list.add(new Item(Item.RGBNIR14, 8, 0));
            } else if (pf.hasRgb()) {
                list.add(new Item(Item.RGB14, 6, 0));
            }
            if (pf.hasWavePacket()) {
                list.add(new Item(Item.WAVEPACKET14, PointFormat.WAVE_PACKET_BYTES, 0));
            }
            if (extra > 0) {
                list.add(new Item(Item.BYTE14, extra, 0));
            }
        } else {
            list.add(new Item(Item.POINT10, 20, 0));
            if (pf.hasTime()) {
                list.add(new Item(Item.GPSTIME11, 8, 0));
            }
            if (pf.hasRgb()) {
                list.add(new Item(Item.RGB12, 6, 0));
            }
            if (pf.hasWavePacket()) {
                list.add(new Item(Item.WAVEPACKET13, PointFormat.WAVE_PACKET_BYTES, 0));
            }
            if (extra > 0) {
                list.add(new Item(Item.BYTE, extra, 0));
            }
        }
        return list;
    }

    private static String describe(List<Item> items) {
        StringBuilder sb = new StringBuilder("[");
        for (Item i : items) {
            sb.append(sb.length() > 1 ? ", " : "").append(i.type()).append(':').append(i.size());
        }
        return sb.append(']').toString();
    }

    /** Human-readable compressor name for metadata. */
    String compressorName() {
        return switch (compressor) {
            case POINTWISE -> "pointwise";
            case POINTWISE_CHUNKED -> "pointwise-chunked";
            default -> "layered-chunked";
        };
    }

    /** Bytes of one uncompressed point (the sum of the item sizes). */
    int pointSize() {
        int sum = 0;
        for (Item i : items) {
            sum += i.size();
        }
        return sum;
    }
}
