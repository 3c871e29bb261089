package dev.fuselage.fusion.rig;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fuselage.fusion.CalibrationException;
import dev.fuselage.fusion.camera.CameraModel;
import dev.fuselage.fusion.camera.Fisheye;
import dev.fuselage.fusion.camera.RadialTangential;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RigJsonTest {
    @TempDir
    Path tmp;

    /** The example in RIG_FORMAT.md, so the documentation cannot drift from the reader. */
    static String documentedExample() throws IOException {
        String md = Files.readString(Paths.get("RIG_FORMAT.md"));
        int start = md.indexOf("```json") + "```json".length();
        return md.substring(start, md.indexOf("```", start));
    }

    @Test
    void documentedExampleParses() throws IOException {
        CameraRig rig = RigJson.parse(documentedExample(), Paths.get("RIG_FORMAT.md"));
        assertEquals(2, rig.size());
        CameraModel front = rig.camera("front").orElseThrow();
        assertEquals(2048, front.size().width());
        assertEquals(1210.063, front.intrinsics().fx());
        assertEquals(new RadialTangential(-0.12, 0.031, 0.0004, -0.0002, 0), front.distortion());
        assertEquals(0.20487899, front.lidarToCamera().get(0, 3));
        CameraModel rear = rig.camera("rear_fisheye").orElseThrow();
        assertEquals(new Fisheye(0.08, -0.015, 0.002, -0.0004), rear.distortion());
        assertEquals(0, rear.intrinsics().skew(), "skew defaults to 0");
        // the rear camera looks backwards: a point 10 m behind the lidar is in front of it
        double[] p = new double[3];
        assertTrue(rear.projectLidar(-10, 0, 0, p));
        assertTrue(rear.inImage(p[0], p[1]));
    }

    @Test
    void writeThenReadGivesTheSameRig() throws IOException {
        CameraRig rig = RigJson.parse(documentedExample(), null);
        Path file = tmp.resolve("rig.json");
        RigJson.write(rig, file);
        assertEquals(rig, RigJson.read(file));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "'{\"cameras\": []}' | $.cameras: must be a non-empty array",
        "'{\"cameras\": [{\"name\": \"a\"}]}' | missing 'width'",
        "'{\"version\": 2, \"cameras\": []}' | unsupported rig format version 2",
        "'{\"cams\": []}' | unknown key 'cams'",
        "'[1, 2' | not valid JSON",
        "'' | empty file",
        "'{\"cameras\": [CAM]}' | ok",
        "'{\"cameras\": [CAM, CAM]}' | camera name 'c' appears twice",
        "'{\"cameras\": [CAM_BAD_EXT]}' | lidar_to_camera: not a rigid transform",
        "'{\"cameras\": [CAM_SHORT_EXT]}' | lidar_to_camera: needs 16 numbers (row-major 4x4), found 12",
        "'{\"cameras\": [CAM_RADTAN3]}' | radtan needs 4 or 5 coefficients",
        "'{\"cameras\": [CAM_NEG_F]}' | focal lengths must be finite and > 0",
        "'{\"cameras\": [CAM_TYPO]}' | unknown key 'lidar_to_cam'",
        "'{\"cameras\": [CAM_STRING_W]}' | $.cameras[0] (c).width: must be a positive integer",
    })
    void badRigsFailWithClearMessages(String json, String expected) throws IOException {
        String cam = "{\"name\": \"c\", \"width\": 640, \"height\": 480, "
                + "\"intrinsics\": {\"fx\": 500, \"fy\": 500, \"cx\": 320, \"cy\": 240}, "
                + "\"lidar_to_camera\": [0,-1,0,0, 0,0,-1,0, 1,0,0,0, 0,0,0,1]}";
        String text = json
                .replace("CAM_BAD_EXT", cam.replace("[0,-1,0,0, 0,0,-1,0, 1,0,0,0,", "[0,-2,0,0, 0,0,-1,0, 1,0,0,0,"))
                .replace("CAM_SHORT_EXT", cam.replace(", 0,0,0,1]", "]"))
                .replace("CAM_RADTAN3", cam.replace("\"lidar_to_camera\"",
                        "\"distortion\": {\"model\": \"radtan\", \"coefficients\": [0.1, 0, 0]}, \"lidar_to_camera\""))
                .replace("CAM_NEG_F", cam.replace("\"fx\": 500", "\"fx\": -500"))
                .replace("CAM_TYPO", cam.replace("lidar_to_camera", "lidar_to_cam"))
                .replace("CAM_STRING_W", cam.replace("640", "\"640\""))
                .replace("CAM", cam);
        Path file = tmp.resolve("bad-rig.json");
        Files.writeString(file, text);
        if (expected.equals("ok")) {
            assertEquals(1, RigJson.read(file).size());
            return;
        }
        CalibrationException e = assertThrows(CalibrationException.class, () -> RigJson.read(file));
        assertTrue(e.getMessage().startsWith("bad-rig.json: "), e.getMessage());
        assertTrue(e.getMessage().contains(expected), e.getMessage());
        assertTrue(!e.getMessage().contains("\n"), "one line: " + e.getMessage());
    }

    @Test
    void missingFileIsACalibrationException() {
        CalibrationException e = assertThrows(CalibrationException.class, () -> RigJson.read(tmp.resolve("no.json")));
        assertEquals("no.json: no such rig file", e.getMessage());
    }
}
