package dev.fuselage.io.kitti;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fuselage.io.FormatException;
import dev.fuselage.testkit.TestData;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KittiTrackingIOTest {
    @TempDir
    Path tmp;

    @Test
    void benchmarkFileReadAndWrittenBackIsByteIdentical() throws Exception {
        Path original = TestData.file("kitti/tracking/training/label_02/0000.txt");
        List<KittiTrackingLabel> labels = KittiTrackingIO.read(original);
        assertEquals(Files.readAllLines(original).size(), labels.size());
        Path copy = tmp.resolve("0000.txt");
        KittiTrackingIO.write(labels, copy);
        assertArrayEquals(Files.readAllBytes(original), Files.readAllBytes(copy));
    }

    @Test
    void parsesFrameTrackAndObjectFields() throws Exception {
        List<KittiTrackingLabel> labels = KittiTrackingIO.read(TestData.file("kitti/tracking/training/label_02/0000.txt"));
        KittiTrackingLabel van = labels.stream().filter(l -> l.label().type().equals("Van")).findFirst().orElseThrow();
        assertEquals(0, van.frame());
        assertEquals(0, van.trackId());
        assertEquals(-1.793451, van.label().alpha(), 1e-9);
        assertEquals(13.410495, van.label().z(), 1e-9);
        assertTrue(labels.stream().filter(l -> l.label().isDontCare()).allMatch(l -> l.trackId() == -1));
    }

    @Test
    void badLinesAreFormatExceptionsNamingTheLine() throws Exception {
        Path f = tmp.resolve("bad.txt");
        Files.writeString(f, "0 1 Car 0 0 1 2 3 4 5 1 2 3 4 5 6\nx 1 Car 0 0 1 2 3 4 5 1 2 3 4 5 6 7\n");
        FormatException e = assertThrows(FormatException.class, () -> KittiTrackingIO.read(f));
        assertEquals("bad.txt: line 1 has 14 object fields, expected 15 (type truncated occluded alpha left top right"
                + " bottom h w l x y z rotation_y) or 16 with score", e.getMessage());
        Files.writeString(f, "x 1 Car 0 0 1 2 3 4 5 1 2 3 4 5 6 7\n");
        assertEquals("bad.txt: line 1 frame is not an integer: x",
                assertThrows(FormatException.class, () -> KittiTrackingIO.read(f)).getMessage());
        Files.writeString(f, "-3 1 Car 0 0 1 2 3 4 5 1 2 3 4 5 6 7\n");
        assertEquals("bad.txt: line 1 frame must not be negative: -3",
                assertThrows(FormatException.class, () -> KittiTrackingIO.read(f)).getMessage());
    }
}
