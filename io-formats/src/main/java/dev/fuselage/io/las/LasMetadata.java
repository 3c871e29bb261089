package dev.fuselage.io.las;

import dev.fuselage.core.cloud.PointCloud;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * The cloud metadata keys a LAS reader fills and the LAS writer reads back, so a LAS-to-LAS round trip keeps
 * the version, point format, scale and offset, header identity fields, every (E)VLR payload and the exact
 * extra-bytes descriptors. Numbers are written with {@link Double#toString}, which parses back to the same bits.
 */
public final class LasMetadata {
    public static final String FORMAT = "format";
    public static final String VERSION = "las.version";
    public static final String POINT_FORMAT = "las.point_format";
    public static final String RECORD_LENGTH = "las.point_record_length";
    public static final String COMPRESSION = "las.compression";
    /** {@code "sx sy sz"}. */
    public static final String SCALE = "las.scale";
    /** {@code "ox oy oz"}. */
    public static final String OFFSET = "las.offset";
    public static final String SYSTEM_IDENTIFIER = "las.system_identifier";
    public static final String GENERATING_SOFTWARE = "las.generating_software";
    public static final String FILE_SOURCE_ID = "las.file_source_id";
    public static final String GLOBAL_ENCODING = "las.global_encoding";
    /** 32 hex digits. */
    public static final String PROJECT_GUID = "las.project_guid";
    public static final String CREATION_DAY = "las.creation_day";
    public static final String CREATION_YEAR = "las.creation_year";
    /** {@code "minx miny minz maxx maxy maxz"} as the header stated them. */
    public static final String HEADER_BOUNDS = "las.header_bounds";
    /** Prefix of {@code las.vlr.count} and {@code las.vlr.<i>.user_id|record_id|description|data}. */
    public static final String VLR = "las.vlr.";
    /** Prefix of the extended VLR keys, laid out like {@link #VLR}. */
    public static final String EVLR = "las.evlr.";
    /** Prefix of {@code las.extra_bytes.<column>}: base64 of the column's extra-bytes descriptor(s). */
    public static final String EXTRA_BYTES = "las.extra_bytes.";

    private LasMetadata() {
    }

    static void describe(PointCloud cloud, LasHeader h, List<LasVlr> vlrs, List<LasVlr> evlrs, LaszipVlr laszip,
                         List<RecordLayout.Spec> specs) {
        Map<String, String> m = cloud.metadata();
        m.put(FORMAT, laszip != null ? "laz" : "las");
        m.put(VERSION, h.version());
        m.put(POINT_FORMAT, Integer.toString(h.pointFormat().id()));
        m.put(RECORD_LENGTH, Integer.toString(h.recordLength()));
        if (laszip != null) {
            m.put(COMPRESSION, "laszip " + laszip.versionMajor() + "." + laszip.versionMinor() + " "
                    + laszip.compressorName() + (laszip.compressor() == LaszipVlr.POINTWISE ? ""
                    : laszip.chunkSize() == LaszipVlr.VARIABLE_CHUNKS ? ", variable chunks"
                    : ", " + laszip.chunkSize() + " points a chunk"));
        }
        m.put(SCALE, triple(h.scale(), 0));
        m.put(OFFSET, triple(h.offset(), 0));
        m.put(SYSTEM_IDENTIFIER, h.systemIdentifier());
        m.put(GENERATING_SOFTWARE, h.generatingSoftware());
        m.put(FILE_SOURCE_ID, Integer.toString(h.fileSourceId()));
        m.put(GLOBAL_ENCODING, Integer.toString(h.globalEncoding()));
        m.put(PROJECT_GUID, HexFormat.of().formatHex(h.projectGuid()));
        m.put(CREATION_DAY, Integer.toString(h.creationDay()));
        m.put(CREATION_YEAR, Integer.toString(h.creationYear()));
        m.put(HEADER_BOUNDS, triple(h.bounds(), 0) + " " + triple(h.bounds(), 3));
        putRecords(m, VLR, vlrs);
        putRecords(m, EVLR, evlrs);
        for (RecordLayout.Spec s : specs) {
            if (!s.descriptors().isEmpty()) {
                m.put(EXTRA_BYTES + s.name(),
                        Base64.getEncoder().encodeToString(ExtraBytesDescriptor.payload(s.descriptors())));
            }
        }
    }

    private static String triple(double[] v, int from) {
        return v[from] + " " + v[from + 1] + " " + v[from + 2];
    }

    private static void putRecords(Map<String, String> m, String prefix, List<LasVlr> records) {
        m.put(prefix + "count", Integer.toString(records.size()));
        for (int i = 0; i < records.size(); i++) {
            LasVlr v = records.get(i);
            String p = prefix + i + ".";
            m.put(p + "user_id", v.userId());
            m.put(p + "record_id", Integer.toString(v.recordId()));
            m.put(p + "description", v.description());
            if (v.payload() != null) {
                m.put(p + "data", Base64.getEncoder().encodeToString(v.payload()));
            }
        }
    }

    /** The (E)VLRs kept under a prefix whose payloads survived; malformed entries are skipped. */
    static List<LasVlr> records(Map<String, String> m, String prefix, boolean extended) {
        List<LasVlr> list = new ArrayList<>();
        int count = parseInt(m.get(prefix + "count"), 0);
        for (int i = 0; i < count; i++) {
            String p = prefix + i + ".";
            String data = m.get(p + "data");
            String user = m.get(p + "user_id");
            int record = parseInt(m.get(p + "record_id"), -1);
            if (data == null || user == null || record < 0 || record > 0xFFFF) {
                continue;
            }
            try {
                byte[] payload = Base64.getDecoder().decode(data);
                list.add(new LasVlr(user, record, m.getOrDefault(p + "description", ""), payload, payload.length,
                        extended));
            } catch (IllegalArgumentException e) {
                // not base64: the entry was edited by hand; nothing sensible to write
            }
        }
        return list;
    }

    /** Three doubles from a space-separated value, or null when absent or malformed. */
    static double[] triple(String value) {
        if (value == null) {
            return null;
        }
        String[] parts = value.trim().split(" ");
        if (parts.length != 3) {
            return null;
        }
        try {
            return new double[] {Double.parseDouble(parts[0]), Double.parseDouble(parts[1]),
                Double.parseDouble(parts[2])};
        } catch (NumberFormatException e) {
            return null;
        }
    }

    static int parseInt(String value, int fallback) {
        if (value == null) {
            return fallback;
        }
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}
