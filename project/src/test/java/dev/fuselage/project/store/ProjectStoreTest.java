package dev.fuselage.project.store;

import dev.fuselage.core.annotation.ObjectAnnotation;
import dev.fuselage.core.annotation.TrackId;
import dev.fuselage.core.edit.AddObject;
import dev.fuselage.core.edit.EditHistory;
import dev.fuselage.core.geometry.Cuboid;
import dev.fuselage.io.FormatException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ProjectStoreTest {
    @TempDir
    Path dir;

    private final ProjectDescriptor descriptor = ProjectDescriptor.of("drive 0005", "kitti",
            List.of(new SourceRef("kitti-raw", "../data/2011_09_26_drive_0005_sync")));

    @Test
    void createReopenKeepsDescriptorAndObjects() throws Exception {
        ObjectAnnotation car = ObjectAnnotation.manual("0000000010", TrackId.of(3), "Car",
                new Cuboid(10.123456789, -2.5, -0.8, 4.2, 1.8, 1.5, 0.7853981633974483, 0, 0));
        try (ProjectStore p = ProjectStore.create(dir, descriptor)) {
            assertFalse(p.isReadOnly());
            new EditHistory(p.annotations(), 10).execute(new AddObject(car));
        }
        try (ProjectStore p = ProjectStore.open(dir)) {
            assertEquals(descriptor, p.descriptor());
            assertEquals(dir.resolve("../data/2011_09_26_drive_0005_sync").normalize(),
                    p.descriptor().sources().get(0).resolve(p.folder()));
            assertEquals(List.of(car), p.annotations().frame("0000000010").objects());
            p.updateDescriptor(ProjectDescriptor.of("renamed", "custom/ontology.json", List.of()));
        }
        assertEquals("renamed", ProjectStore.readDescriptor(dir).name());
        try (var files = Files.list(dir)) {
            assertTrue(files.noneMatch(f -> f.getFileName().toString().endsWith(".tmp")), "no temp file left");
        }
        assertThrows(java.io.IOException.class, () -> ProjectStore.create(dir, descriptor));
    }

    @Test
    void secondOpenerInThisProcessIsReadOnlyWithAMessage() throws Exception {
        try (ProjectStore first = ProjectStore.create(dir, descriptor);
             ProjectStore second = ProjectStore.open(dir)) {
            assertFalse(first.isReadOnly());
            assertTrue(second.isReadOnly());
            assertEquals("project is open in another Fuselage window (pid " + ProcessHandle.current().pid()
                    + "); opened read-only", second.readOnlyReason().orElseThrow());
            // the reader sees the writer's committed edits
            ObjectAnnotation car = ObjectAnnotation.manual("f", TrackId.of(1), "Car", Cuboid.upright(1, 1, 1, 1, 1, 1, 0));
            new EditHistory(first.annotations(), 10).execute(new AddObject(car));
            assertEquals(List.of(car), second.annotations().frame("f").objects());
            assertThrows(ReadOnlyProjectException.class,
                    () -> new EditHistory(second.annotations(), 10).execute(new AddObject(car)));
            assertThrows(ReadOnlyProjectException.class, () -> second.updateDescriptor(descriptor));
        }
        // once both are closed the next opener writes again
        try (ProjectStore again = ProjectStore.open(dir)) {
            assertFalse(again.isReadOnly());
        }
    }

    @Test
    void secondOpenerWhileAnotherProcessHoldsItIsReadOnlyNamingThatPid() throws Exception {
        ProjectStore.create(dir, descriptor).close();
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(java, "-XX:TieredStopAtLevel=1", "-Dorg.sqlite.tmpdir=" + dir,
                "-cp", System.getProperty("java.class.path"), EditStreamChild.class.getName(), dir.toString(), "hold")
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(),
                    StandardCharsets.US_ASCII));
            assertEquals("ready", out.readLine());
            try (ProjectStore second = ProjectStore.open(dir)) {
                assertTrue(second.isReadOnly());
                assertEquals("project is open in another Fuselage window (pid " + child.pid()
                        + "); opened read-only", second.readOnlyReason().orElseThrow());
            }
        } finally {
            child.destroyForcibly();
            child.waitFor(10, TimeUnit.SECONDS);
        }
        try (ProjectStore after = ProjectStore.open(dir)) {
            assertFalse(after.isReadOnly(), "a killed holder leaves no lock behind");
        }
    }

    @Test
    void badProjectJsonIsReportedNamingTheFile() throws Exception {
        FormatException missing = assertThrows(FormatException.class, () -> ProjectStore.open(dir));
        assertTrue(missing.getMessage().startsWith("project.json: not found"), missing.getMessage());
        Files.writeString(dir.resolve("project.json"), "{\"formatVersion\": 1, \"ontology\": \"kitti\"}");
        assertEquals("project.json: missing field 'name'",
                assertThrows(FormatException.class, () -> ProjectStore.open(dir)).getMessage());
        Files.writeString(dir.resolve("project.json"), "{\"formatVersion\": 7, \"name\": \"x\", \"ontology\": \"k\"}");
        assertEquals("project.json: formatVersion 7 is newer than this Fuselage reads (1)",
                assertThrows(FormatException.class, () -> ProjectStore.open(dir)).getMessage());
        Files.writeString(dir.resolve("project.json"), "{\"name\": ");
        assertTrue(assertThrows(FormatException.class, () -> ProjectStore.open(dir)).getMessage()
                .startsWith("project.json: not valid project JSON"));
    }
}
