package dev.fuselage.core.scene;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SequenceTest {
    private static Frame frame(String id) {
        return new Frame(id, 0, Path.of("velodyne", id + ".bin"),
                List.of(new CameraImage("image_2", Path.of("image_2", id + ".png"))), Optional.empty());
    }

    @Test
    void keepsOrderAndFindsFramesById() {
        Sequence s = new Sequence("drive", List.of(frame("000002"), frame("000000"), frame("000001")));
        assertEquals(3, s.size());
        assertEquals("000002", s.get(0).id());
        assertEquals(2, s.indexOf("000001"));
        assertEquals(-1, s.indexOf("nope"));
        assertTrue(s.byId("000000").isPresent());
        assertEquals(Path.of("image_2", "000000.png"), s.byId("000000").orElseThrow().image("image_2").orElseThrow()
                .file());
        assertTrue(s.get(0).image("image_3").isEmpty());
    }

    @Test
    void refusesDuplicateIdsAndStaysImmutable() {
        assertThrows(IllegalArgumentException.class, () -> new Sequence("d", List.of(frame("1"), frame("1"))));
        List<Frame> source = new ArrayList<>(List.of(frame("1")));
        Sequence s = new Sequence("d", source);
        source.add(frame("2"));
        assertEquals(1, s.size());
        assertThrows(UnsupportedOperationException.class, () -> s.frames().add(frame("3")));
    }
}
