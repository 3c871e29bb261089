package dev.fuselage.bench.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;

/**
 * Writes LAS 1.4, point data record format 6 (30-byte records: X Y Z int32, intensity, return byte, flags byte,
 * classification, user data, scan angle int16, point source id, GPS time), with the 375-byte 1.4 header and no
 * VLRs. Scale 1 mm, offset 0. Written by hand so the LAS input does not depend on any reader under test.
 */
final class LasPf6Emitter {
    static final int HEADER_SIZE = 375;
    static final int RECORD_LENGTH = 30;
    static final double SCALE = 0.001;
    /** Adjusted-standard GPS time base: any fixed epoch; only differences matter to readers. */
    private static final double GPS_EPOCH = 1.0e8;
    private static final int CHUNK_POINTS = 64 * 1024;

    private LasPf6Emitter() {
    }

    static void write(LidarPoints p, Path file) throws IOException {
        int n = p.size();
        int[] xi = new int[n], yi = new int[n], zi = new int[n];
        long[] byReturn = new long[15];
        double minX = Double.MAX_VALUE, minY = Double.MAX_VALUE, minZ = Double.MAX_VALUE;
        double maxX = -Double.MAX_VALUE, maxY = -Double.MAX_VALUE, maxZ = -Double.MAX_VALUE;
        for (int i = 0; i < n; i++) {
            xi[i] = (int) Math.round(p.x[i] / SCALE);
            yi[i] = (int) Math.round(p.y[i] / SCALE);
            zi[i] = (int) Math.round(p.z[i] / SCALE);
            minX = Math.min(minX, xi[i] * SCALE);
            maxX = Math.max(maxX, xi[i] * SCALE);
            minY = Math.min(minY, yi[i] * SCALE);
            maxY = Math.max(maxY, yi[i] * SCALE);
            minZ = Math.min(minZ, zi[i] * SCALE);
            maxZ = Math.max(maxZ, zi[i] * SCALE);
        }
        byReturn[0] = n; // single-return sensor: every point is return 1 of 1

        ByteBuffer h = ByteBuffer.allocate(HEADER_SIZE).order(ByteOrder.LITTLE_ENDIAN);
        h.put("LASF".getBytes(StandardCharsets.US_ASCII));
        h.putShort((short) 0);                 // file source id
        h.putShort((short) (1 | 16));          // adjusted standard GPS time; WKT bit, required for formats 6-10
        h.put(new byte[16]);                   // project GUID
        h.put((byte) 1).put((byte) 4);         // version 1.4
        h.put(fixed("OTHER", 32));             // system identifier
        h.put(fixed("Fuselage GenerateClouds", 32));
        LocalDate today = LocalDate.now();
        h.putShort((short) today.getDayOfYear()).putShort((short) today.getYear());
        h.putShort((short) HEADER_SIZE);
        h.putInt(HEADER_SIZE);                 // offset to point data: no VLRs
        h.putInt(0);                           // number of VLRs
        h.put((byte) 6);
        h.putShort((short) RECORD_LENGTH);
        h.putInt(0);                           // legacy point count: must be 0 for formats 6-10
        h.put(new byte[20]);                   // legacy points by return
        h.putDouble(SCALE).putDouble(SCALE).putDouble(SCALE);
        h.putDouble(0).putDouble(0).putDouble(0);
        h.putDouble(maxX).putDouble(minX).putDouble(maxY).putDouble(minY).putDouble(maxZ).putDouble(minZ);
        h.putLong(0);                          // start of waveform data record
        h.putLong(0);                          // start of first EVLR
        h.putInt(0);                           // number of EVLRs
        h.putLong(n);
        for (long r : byReturn) {
            h.putLong(r);
        }
        if (h.position() != HEADER_SIZE) {
            throw new IllegalStateException("LAS 1.4 header came out " + h.position() + " bytes");
        }
        h.flip();
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE, StandardOpenOption.CREATE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            PcdBinaryEmitter.writeFully(ch, h);
            ByteBuffer buf = ByteBuffer.allocateDirect(CHUNK_POINTS * RECORD_LENGTH).order(ByteOrder.LITTLE_ENDIAN);
            for (int done = 0; done < n; ) {
                int chunk = Math.min(CHUNK_POINTS, n - done);
                buf.clear();
                for (int i = done; i < done + chunk; i++) {
                    buf.putInt(xi[i]).putInt(yi[i]).putInt(zi[i]);
                    buf.putShort((short) Math.round(p.intensity[i] * 65535.0));
                    buf.put((byte) 0x11);                          // return 1 of 1
                    buf.put((byte) 0);                             // no class flags, channel 0, no scan edge
                    buf.put(p.classification[i]);
                    buf.put(p.ring[i]);                            // user data: laser ring
                    buf.putShort((short) Math.round(p.elevationDeg[i] / 0.006)); // 0.006-degree steps
                    buf.putShort((short) 1);                       // point source id
                    buf.putDouble(GPS_EPOCH + p.time[i]);
                }
                buf.flip();
                PcdBinaryEmitter.writeFully(ch, buf);
                done += chunk;
            }
        }
    }

    private static byte[] fixed(String s, int length) {
        byte[] out = new byte[length];
        byte[] b = s.getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(b, 0, out, 0, Math.min(b.length, length));
        return out;
    }
}
