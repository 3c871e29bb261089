package dev.fuselage.io.las;

import dev.fuselage.io.FormatException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * The LAS public header block (versions 1.0–1.4), checked against the file it came from: every size and offset
 * is validated before anything is allocated from it.
 *
 * @param versionMinor      1.x minor version (0–4)
 * @param pointFormat       the point data record format with LAZ compression bits masked off
 * @param compressed        whether bit 7 or 6 of the format byte was set (a LASzip-compressed file)
 * @param pointCount        the authoritative count: the 64-bit count of a 1.4 header, else the legacy count
 * @param scale             x, y, z scale factors
 * @param offset            x, y, z offsets
 * @param bounds            min x, min y, min z, max x, max y, max z as the header states them (not trusted)
 * @param waveformStart     1.3+: file offset of the waveform data packet record, 0 when none
 * @param evlrStart         1.4: file offset of the first extended VLR, 0 when none
 * @param evlrCount         1.4: number of extended VLRs
 */
record LasHeader(int versionMinor, int fileSourceId, int globalEncoding, byte[] projectGuid,
                        String systemIdentifier, String generatingSoftware, int creationDay, int creationYear,
                        int headerSize, long pointDataOffset, long vlrCount, PointFormat pointFormat,
                        boolean compressed, int recordLength, long pointCount, long legacyPointCount,
                        double[] scale, double[] offset, double[] bounds, long waveformStart, long evlrStart,
                        long evlrCount) {
    /** Size of the 1.0–1.2 header; also the least number of bytes any LAS file starts with. */
    public static final int MIN_HEADER_SIZE = 227;
    /** Size of the 1.3 header (adds the waveform data start). */
    public static final int HEADER_SIZE_13 = 235;
    /** Size of the 1.4 header (adds EVLRs and 64-bit counts). */
    public static final int HEADER_SIZE_14 = 375;

    /** The header size a version requires. */
    public static int requiredHeaderSize(int versionMinor) {
        return versionMinor >= 4 ? HEADER_SIZE_14 : versionMinor == 3 ? HEADER_SIZE_13 : MIN_HEADER_SIZE;
    }

    /**
     * Parses and validates the header.
     *
     * @param head     the first {@code min(fileSize, 375)} bytes of the file, little-endian
     * @param fileSize the file's length in bytes
     * @param warnings receives non-fatal findings
     */
    static LasHeader parse(Path file, ByteBuffer head, long fileSize, java.util.List<String> warnings)
            throws FormatException {
        ByteBuffer b = head.duplicate().order(ByteOrder.LITTLE_ENDIAN);
        int n = b.limit();
        if (n < 4 || b.get(0) != 'L' || b.get(1) != 'A' || b.get(2) != 'S' || b.get(3) != 'F') {
            throw new FormatException(file, "not a LAS file: it does not start with the signature 'LASF'");
        }
        if (fileSize < MIN_HEADER_SIZE) {
            throw new FormatException(file, "truncated: " + fileSize + " bytes, but a LAS header alone needs "
                    + MIN_HEADER_SIZE);
        }
        int major = b.get(24) & 0xFF;
        int minor = b.get(25) & 0xFF;
        if (major != 1 || minor > 4) {
            throw new FormatException(file, "unsupported LAS version " + major + "." + minor + " (Fuselage reads 1.0-1.4)");
        }
        int headerSize = b.getShort(94) & 0xFFFF;
        int required = requiredHeaderSize(minor);
        if (headerSize < required) {
            throw new FormatException(file, "header size " + headerSize + " is smaller than the " + required
                    + " bytes LAS 1." + minor + " requires");
        }
        if (headerSize > fileSize) {
            throw new FormatException(file, "truncated: the header says it is " + headerSize
                    + " bytes long but the file has " + fileSize);
        }
        long pointDataOffset = b.getInt(96) & 0xFFFFFFFFL;
        long vlrCount = b.getInt(100) & 0xFFFFFFFFL;
        int formatByte = b.get(104) & 0xFF;
        boolean compressed = (formatByte & 0xC0) != 0;
        PointFormat format = PointFormat.of(formatByte & 0x3F);
        if (format == null) {
            throw new FormatException(file, "unknown point data record format " + (formatByte & 0x3F)
                    + " (LAS defines 0-10)");
        }
        int recordLength = b.getShort(105) & 0xFFFF;
        if (recordLength < format.baseLength()) {
            throw new FormatException(file, "point record length " + recordLength + " is smaller than the "
                    + format.baseLength() + " bytes point format " + format.id() + " needs");
        }
        long legacyCount = b.getInt(107) & 0xFFFFFFFFL;
        double[] scale = {b.getDouble(131), b.getDouble(139), b.getDouble(147)};
        double[] offset = {b.getDouble(155), b.getDouble(163), b.getDouble(171)};
        String[] axis = {"x", "y", "z"};
        for (int i = 0; i < 3; i++) {
            if (!Double.isFinite(scale[i]) || scale[i] == 0) {
                throw new FormatException(file, axis[i] + " scale factor is " + scale[i]
                        + " (it must be a finite, non-zero number)");
            }
            // 2^32 integer steps must stay representable as float32 local coordinates
            if (Math.abs(scale[i]) > 1e28) {
                throw new FormatException(file, axis[i] + " scale factor " + scale[i] + " is absurdly large");
            }
            if (!Double.isFinite(offset[i])) {
                throw new FormatException(file, axis[i] + " offset is " + offset[i] + " (it must be finite)");
            }
        }
        double[] bounds = {b.getDouble(187), b.getDouble(203), b.getDouble(219),
            b.getDouble(179), b.getDouble(195), b.getDouble(211)};
        long waveformStart = minor >= 3 ? b.getLong(227) : 0;
        long evlrStart = 0;
        long evlrCount = 0;
        long count = legacyCount;
        if (minor >= 4) {
            evlrStart = b.getLong(235);
            evlrCount = b.getInt(243) & 0xFFFFFFFFL;
            long extended = b.getLong(247);
            if (extended != 0 || legacyCount == 0) {
                if (legacyCount != 0 && extended != legacyCount) {
                    warnings.add("legacy point count " + legacyCount + " differs from the 64-bit count "
                            + Long.toUnsignedString(extended) + "; using the 64-bit count");
                }
                count = extended;
            }
        }
        if (format.extended() && minor < 4) {
            warnings.add("point format " + format.id() + " in a LAS 1." + minor + " file (it needs 1.4)");
        }
        if (pointDataOffset < headerSize) {
            throw new FormatException(file, "offset to point data " + pointDataOffset
                    + " lies inside the " + headerSize + "-byte header");
        }
        if (pointDataOffset > fileSize) {
            throw new FormatException(file, "offset to point data " + pointDataOffset
                    + " is beyond the end of the file (" + fileSize + " bytes)");
        }
        if (count < 0 || count > Integer.MAX_VALUE - 8) {
            throw new FormatException(file, "header says " + Long.toUnsignedString(count)
                    + " points, more than one cloud can hold (" + (Integer.MAX_VALUE - 8) + ")");
        }
        byte[] guid = new byte[16];
        b.get(8, guid, 0, 16);
        return new LasHeader(minor, b.getShort(4) & 0xFFFF, b.getShort(6) & 0xFFFF, guid,
                text(b, 26, 32), text(b, 58, 32), b.getShort(90) & 0xFFFF, b.getShort(92) & 0xFFFF,
                headerSize, pointDataOffset, vlrCount, format, compressed, recordLength, count, legacyCount,
                scale, offset, bounds, waveformStart, evlrStart, evlrCount);
    }

    /** A fixed-size, NUL-padded ASCII field. */
    static String text(ByteBuffer b, int at, int length) {
        int end = 0;
        while (end < length && b.get(at + end) != 0) {
            end++;
        }
        byte[] bytes = new byte[end];
        b.get(at, bytes, 0, end);
        return new String(bytes, StandardCharsets.ISO_8859_1).strip();
    }

    /** Version as {@code 1.x}. */
    public String version() {
        return "1." + versionMinor;
    }

    /** Bytes of one point's extra bytes (beyond the format's fixed part). */
    public int extraBytesPerPoint() {
        return recordLength - pointFormat.baseLength();
    }

    /** Whether the header bounds are usable to place the float origin (finite and ordered). */
    boolean boundsUsable() {
        for (int i = 0; i < 3; i++) {
            if (!Double.isFinite(bounds[i]) || !Double.isFinite(bounds[i + 3]) || bounds[i] > bounds[i + 3]) {
                return false;
            }
        }
        return true;
    }
}
