package dev.fuselage.io.las;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/**
 * A variable length record (after the header) or an extended one (after the points, LAS 1.3+). The payload is
 * null when it was too large to keep.
 *
 * @param payloadLength the payload's length as the record states it
 */
record LasVlr(String userId, int recordId, String description, byte[] payload, long payloadLength,
                     boolean extended) {
    /** Bytes of a VLR header. */
    public static final int HEADER_BYTES = 54;
    /** Bytes of an EVLR header. */
    public static final int EXTENDED_HEADER_BYTES = 60;
    /** User id of records the LAS specification defines (extra bytes, waveform descriptors, WKT). */
    public static final String LASF_SPEC = "LASF_Spec";
    /** Record id of the extra-bytes VLR. */
    public static final int EXTRA_BYTES_RECORD = 4;
    /** User id of the LASzip VLR. */
    public static final String LASZIP_USER = "laszip encoded";
    /** Record id of the LASzip VLR. */
    public static final int LASZIP_RECORD = 22204;

    /** Whether this record is the given user/record pair. */
    public boolean is(String user, int record) {
        return recordId == record && userId.equals(user);
    }

    /** Parses a record header at the buffer's position 0 (54 bytes, or 60 for an extended record). */
    static LasVlr parseHeader(ByteBuffer header, boolean extended) {
        ByteBuffer b = header.duplicate().order(ByteOrder.LITTLE_ENDIAN);
        String user = LasHeader.text(b, 2, 16);
        int record = b.getShort(18) & 0xFFFF;
        long length = extended ? b.getLong(20) : b.getShort(20) & 0xFFFF;
        String description = LasHeader.text(b, extended ? 28 : 22, 32);
        return new LasVlr(user, record, description, null, length, extended);
    }

    LasVlr withPayload(byte[] data) {
        return new LasVlr(userId, recordId, description, data, payloadLength, extended);
    }

    /** Writes this record's header (54 bytes, or 60 for an extended one) at the buffer's position. */
    void writeHeader(ByteBuffer out) {
        out.putShort((short) 0);
        putText(out, userId, 16);
        out.putShort((short) recordId);
        if (extended) {
            out.putLong(payload.length);
        } else {
            out.putShort((short) payload.length);
        }
        putText(out, description, 32);
    }

    /** Writes a NUL-padded fixed-size ASCII field. */
    static void putText(ByteBuffer out, String text, int length) {
        byte[] bytes = text.getBytes(StandardCharsets.ISO_8859_1);
        int n = Math.min(bytes.length, length);
        out.put(bytes, 0, n);
        for (int i = n; i < length; i++) {
            out.put((byte) 0);
        }
    }
}
