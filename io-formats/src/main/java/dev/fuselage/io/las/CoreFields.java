package dev.fuselage.io.las;

import static dev.fuselage.io.las.LasColumns.*;

import dev.fuselage.core.cloud.PointCloud;
import java.nio.ByteBuffer;

/**
 * The fixed core fields after X, Y, Z (intensity, return byte, flag byte, classification, scan angle, user data,
 * point source, and for formats 6–10 the GPS time) decoded in one pass per record. Every file has them, and one
 * fused loop over a record costs about a fifth less than a loop per field (each record is touched once).
 * {@link RecordLayout#standard} stays the description of these fields and the writer encodes field by field;
 * the round-trip tests (records written back byte for byte) hold the two to the same layout.
 */
abstract class CoreFields implements RecordDecoder {
    final short[] intensity;
    final byte[] returnNumber;
    final byte[] numberOfReturns;
    final byte[] scanDirection;
    final byte[] edge;
    final byte[] classification;
    final byte[] synthetic;
    final byte[] keyPoint;
    final byte[] withheld;
    final byte[] userData;
    final short[] pointSource;

    private CoreFields(PointCloud c) {
        intensity = c.column(INTENSITY).orElseThrow().shorts();
        returnNumber = bytes(c, RETURN_NUMBER);
        numberOfReturns = bytes(c, NUMBER_OF_RETURNS);
        scanDirection = bytes(c, SCAN_DIRECTION_FLAG);
        edge = bytes(c, EDGE_OF_FLIGHT_LINE);
        classification = bytes(c, CLASSIFICATION);
        synthetic = bytes(c, SYNTHETIC);
        keyPoint = bytes(c, KEY_POINT);
        withheld = bytes(c, WITHHELD);
        userData = bytes(c, USER_DATA);
        pointSource = c.column(POINT_SOURCE_ID).orElseThrow().shorts();
    }

    static byte[] bytes(PointCloud c, String name) {
        return c.column(name).orElseThrow().bytes();
    }

    /** The fused decoder for a point format, bound to the cloud's standard columns (which must exist). */
    static CoreFields of(PointFormat pf, PointCloud cloud) {
        return pf.extended() ? new Extended(cloud) : new Legacy(cloud);
    }

    /** Names of the columns this decoder fills for a point format. */
    static boolean covers(PointFormat pf, String column) {
        return switch (column) {
            case INTENSITY, RETURN_NUMBER, NUMBER_OF_RETURNS, SCAN_DIRECTION_FLAG, EDGE_OF_FLIGHT_LINE,
                 CLASSIFICATION, SYNTHETIC, KEY_POINT, WITHHELD, USER_DATA, POINT_SOURCE_ID -> true;
            case SCAN_ANGLE_RANK -> !pf.extended();
            case OVERLAP, SCANNER_CHANNEL, SCAN_ANGLE, GPS_TIME -> pf.extended();
            default -> false;
        };
    }

    /** Formats 0–5: bytes 12–19. */
    private static final class Legacy extends CoreFields {
        private final byte[] scanAngleRank;

        Legacy(PointCloud c) {
            super(c);
            scanAngleRank = bytes(c, SCAN_ANGLE_RANK);
        }

        @Override
        public void decode(ByteBuffer b, int pos, int stride, int count, int dst) {
            int p = pos;
            for (int j = dst, end = dst + count; j < end; j++, p += stride) {
                intensity[j] = b.getShort(p + 12);
                int r = b.get(p + 14);
                returnNumber[j] = (byte) (r & 7);
                numberOfReturns[j] = (byte) (r >> 3 & 7);
                scanDirection[j] = (byte) (r >> 6 & 1);
                edge[j] = (byte) (r >> 7 & 1);
                int k = b.get(p + 15);
                classification[j] = (byte) (k & 0x1F);
                synthetic[j] = (byte) (k >> 5 & 1);
                keyPoint[j] = (byte) (k >> 6 & 1);
                withheld[j] = (byte) (k >> 7 & 1);
                scanAngleRank[j] = b.get(p + 16);
                userData[j] = b.get(p + 17);
                pointSource[j] = b.getShort(p + 18);
            }
        }
    }

    /** Formats 6–10: bytes 12–29. */
    private static final class Extended extends CoreFields {
        private final byte[] overlap;
        private final byte[] channel;
        private final short[] scanAngle;
        private final double[] time;

        Extended(PointCloud c) {
            super(c);
            overlap = bytes(c, OVERLAP);
            channel = bytes(c, SCANNER_CHANNEL);
            scanAngle = c.column(SCAN_ANGLE).orElseThrow().shorts();
            time = c.column(GPS_TIME).orElseThrow().doubles();
        }

        @Override
        public void decode(ByteBuffer b, int pos, int stride, int count, int dst) {
            int p = pos;
            for (int j = dst, end = dst + count; j < end; j++, p += stride) {
                intensity[j] = b.getShort(p + 12);
                int r = b.get(p + 14);
                returnNumber[j] = (byte) (r & 15);
                numberOfReturns[j] = (byte) (r >> 4 & 15);
                int f = b.get(p + 15);
                synthetic[j] = (byte) (f & 1);
                keyPoint[j] = (byte) (f >> 1 & 1);
                withheld[j] = (byte) (f >> 2 & 1);
                overlap[j] = (byte) (f >> 3 & 1);
                channel[j] = (byte) (f >> 4 & 3);
                scanDirection[j] = (byte) (f >> 6 & 1);
                edge[j] = (byte) (f >> 7 & 1);
                classification[j] = b.get(p + 16);
                userData[j] = b.get(p + 17);
                scanAngle[j] = b.getShort(p + 18);
                pointSource[j] = b.getShort(p + 20);
                time[j] = Double.longBitsToDouble(b.getLong(p + 22));
            }
        }
    }
}
