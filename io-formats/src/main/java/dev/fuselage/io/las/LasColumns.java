package dev.fuselage.io.las;

import dev.fuselage.core.cloud.StandardAttributes;
import java.util.Set;

/**
 * Column names the LAS reader gives the standard point fields (the names laspy and the LAS specification use,
 * lower case). Intensity and GPS time use the application-wide {@link StandardAttributes} names. Extra-bytes
 * dimensions keep the names their descriptors give them.
 */
public final class LasColumns {
    public static final String INTENSITY = StandardAttributes.INTENSITY;
    public static final String RETURN_NUMBER = "return_number";
    public static final String NUMBER_OF_RETURNS = "number_of_returns";
    public static final String SCAN_DIRECTION_FLAG = "scan_direction_flag";
    public static final String EDGE_OF_FLIGHT_LINE = "edge_of_flight_line";
    /** 0–31 in formats 0–5 (the flag bits are separate columns), 0–255 in formats 6–10. */
    public static final String CLASSIFICATION = "classification";
    public static final String SYNTHETIC = "synthetic";
    public static final String KEY_POINT = "key_point";
    public static final String WITHHELD = "withheld";
    /** Formats 6–10 only. */
    public static final String OVERLAP = "overlap";
    /** Formats 6–10 only. */
    public static final String SCANNER_CHANNEL = "scanner_channel";
    /** Formats 0–5: int8 degrees. */
    public static final String SCAN_ANGLE_RANK = "scan_angle_rank";
    /** Formats 6–10: int16 in steps of 0.006 degrees. */
    public static final String SCAN_ANGLE = "scan_angle";
    public static final String USER_DATA = "user_data";
    public static final String POINT_SOURCE_ID = "point_source_id";
    /** GPS time, float64. */
    public static final String GPS_TIME = StandardAttributes.TIME;
    public static final String RED = "red";
    public static final String GREEN = "green";
    public static final String BLUE = "blue";
    public static final String NIR = "nir";
    public static final String WAVEPACKET_INDEX = "wavepacket_index";
    public static final String WAVEPACKET_OFFSET = "wavepacket_offset";
    public static final String WAVEPACKET_SIZE = "wavepacket_size";
    public static final String RETURN_POINT_WAVE_LOCATION = "return_point_wave_location";
    public static final String X_T = "x_t";
    public static final String Y_T = "y_t";
    public static final String Z_T = "z_t";
    /**
     * The stored X, Y, Z integers (int32), present only when the file's extent at its scale is too large for
     * float32 local coordinates to give every integer back (e.g. micrometre scales over hundreds of metres);
     * writers use them so LAS-to-LAS stays lossless.
     */
    public static final String RAW_X = "raw_x";
    public static final String RAW_Y = "raw_y";
    public static final String RAW_Z = "raw_z";
    /** Record bytes beyond the point format that no extra-bytes descriptor explains (uint8 per byte). */
    public static final String EXTRA_BYTES = "extra_bytes";

    /** Every name above: a cloud column with one of these names is a LAS field, not an extra dimension. */
    public static final Set<String> STANDARD = Set.of(INTENSITY, RETURN_NUMBER, NUMBER_OF_RETURNS,
            SCAN_DIRECTION_FLAG, EDGE_OF_FLIGHT_LINE, CLASSIFICATION, SYNTHETIC, KEY_POINT, WITHHELD, OVERLAP,
            SCANNER_CHANNEL, SCAN_ANGLE_RANK, SCAN_ANGLE, USER_DATA, POINT_SOURCE_ID, GPS_TIME, RED, GREEN, BLUE,
            NIR, WAVEPACKET_INDEX, WAVEPACKET_OFFSET, WAVEPACKET_SIZE, RETURN_POINT_WAVE_LOCATION, X_T, Y_T, Z_T,
            RAW_X, RAW_Y, RAW_Z);

    private LasColumns() {
    }
}
