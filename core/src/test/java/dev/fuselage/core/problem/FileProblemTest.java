package dev.fuselage.core.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class FileProblemTest {
    /** A minimal subclass, as the format, ontology and calibration errors are. */
    private static final class BadThing extends FileProblemException {
        BadThing(Path file, String problem, Throwable cause) {
            super("<thing>", file, problem, cause);
        }
    }

    @Test
    void messageIsTheFileNameAColonAndTheProblem() {
        Path file = Path.of("data", "kitti", "000001.pcd");
        IOException cause = new IOException("short read");
        BadThing e = new BadThing(file, "header says POINTS 5 but the data holds 3", cause);
        assertEquals("000001.pcd: header says POINTS 5 but the data holds 3", e.getMessage());
        assertEquals(file, e.file());
        assertEquals("header says POINTS 5 but the data holds 3", e.problem());
        assertSame(cause, e.getCause());
    }

    @Test
    void withoutAFileTheMessageNamesWhatTheSubclassSays() {
        BadThing e = new BadThing(null, "empty", null);
        assertEquals("<thing>: empty", e.getMessage());
        assertNull(e.file());
        assertEquals("/: not a file", FileProblem.message(Path.of("/"), "<x>", "not a file"),
                "a path without a name is named whole");
    }

    @Test
    void aProblemIsRequired() {
        assertThrows(NullPointerException.class, () -> new BadThing(Path.of("a.json"), null, null));
    }
}
