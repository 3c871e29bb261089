package dev.fuselage.project.qa;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.fuselage.io.FormatException;
import dev.fuselage.io.PointCloudIO;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;

/**
 * The thresholds of the automatic checks, a project setting kept in {@value #FILE} in the project folder (it
 * travels with the project). A file may set only some keys; the others keep their defaults. Unknown keys are
 * refused, so a typo does not silently leave a default in force.
 *
 * <p>The defaults were chosen on real labels, the shared KITTI object and tracking sets, and on published
 * conventions, not on the tests' seeded defects:
 *
 * @param minPoints          empty-box: fewer lidar points inside than this is a finding (OpenPCDet's KITTI database
 *                           sampler drops ground-truth boxes under 5 points)
 * @param groundRing         floating/sunk: how far around the footprint, metres, the local ground is sampled
 * @param groundMinPoints    floating/sunk: fewer ring points than this and the ground is unknown (no finding)
 * @param groundQuantile     floating/sunk: the ground height is this quantile of the ring points' z (low, so that
 *                           walls, cars and vegetation in the ring do not lift it)
 * @param floatingMetres     floating: box bottom above the local ground by more than this
 * @param sunkMetres         sunk: box bottom below the local ground by more than this
 * @param priorFactor        size-outlier: a dimension beyond this factor of the class's size prior (either way);
 *                           KITTI tracking labels stay within 0.8-1.4 of the KITTI priors
 * @param trackSizeTolerance size-outlier: a dimension off its track's mean by more than this fraction
 * @param trackMinBoxes      size-outlier: a track needs this many boxes for its mean to count
 * @param overlapIou         overlap: 3D IoU above this between two boxes of one frame
 * @param jumpMetres         track-jump: centre moves more than this between consecutive frames (lidar frame, so
 *                           ego motion counts too: 5 m at 10 Hz is 180 km/h of closing speed)
 * @param jumpYaw            track-jump: heading turns more than this, radians, between consecutive frames
 * @param jumpSize           track-jump: a dimension changes by more than this fraction between consecutive frames
 */
public record QaSettings(int minPoints, double groundRing, int groundMinPoints, double groundQuantile,
                         double floatingMetres, double sunkMetres, double priorFactor, double trackSizeTolerance,
                         int trackMinBoxes, double overlapIou, double jumpMetres, double jumpYaw, double jumpSize) {
    /** The settings file in a project folder. */
    public static final String FILE = "qa-settings.json";

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /** The built-in thresholds. */
    public static QaSettings defaults() {
        return new QaSettings(5, 2.0, 20, 0.1, 0.5, 0.5, 2.5, 0.2, 3, 0.2, 5.0, 0.6, 0.25);
    }

    /**
     * The project's settings: {@value #FILE} over the defaults, or the defaults when there is no such file.
     *
     * @throws FormatException when the file is not JSON, sets an unknown key or a value of the wrong type
     */
    public static QaSettings load(Path projectFolder) throws IOException {
        Path file = projectFolder.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            return defaults();
        }
        JsonNode given;
        try {
            given = JSON.readTree(file.toFile());
        } catch (JsonProcessingException e) {
            throw new FormatException(file, "not valid JSON: " + e.getOriginalMessage());
        }
        if (given == null || !given.isObject()) {
            throw new FormatException(file, "expected a JSON object of thresholds");
        }
        ObjectNode merged = JSON.valueToTree(defaults());
        Iterator<Map.Entry<String, JsonNode>> it = given.fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            if (!merged.has(e.getKey())) {
                throw new FormatException(file, "unknown setting '" + e.getKey() + "'; known: "
                        + String.join(", ", (Iterable<String>) merged::fieldNames));
            }
            if (!e.getValue().isNumber()) {
                throw new FormatException(file, "setting '" + e.getKey() + "' must be a number");
            }
            merged.set(e.getKey(), e.getValue());
        }
        try {
            return JSON.treeToValue(merged, QaSettings.class);
        } catch (JsonProcessingException e) {
            throw new FormatException(file, "bad value: " + e.getOriginalMessage());
        }
    }

    /** These settings with another empty-box minimum. */
    public QaSettings withMinPoints(int newMinPoints) {
        return new QaSettings(newMinPoints, groundRing, groundMinPoints, groundQuantile, floatingMetres, sunkMetres,
                priorFactor, trackSizeTolerance, trackMinBoxes, overlapIou, jumpMetres, jumpYaw, jumpSize);
    }

    /** Writes these settings into a project folder, atomically. */
    public void save(Path projectFolder) throws IOException {
        byte[] bytes = JSON.writeValueAsBytes(this);
        PointCloudIO.writeAtomically(projectFolder.resolve(FILE), tmp -> Files.write(tmp, bytes));
    }
}
