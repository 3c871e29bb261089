package dev.fuselage.app.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fuselage.app.cli.DemoCommand;
import dev.fuselage.project.store.ProjectStore;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code fuselage demo}: creates once, prints the folder, hands it to the opener unless {@code --no-open}. */
class DemoCommandTest {
    private final StringWriter out = new StringWriter(), err = new StringWriter();

    private int run(DemoCommand command, String... args) {
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        CommandLine cli = new CommandLine(command);
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }

    @Test
    void createsPrintsAndOpensOnlyWhenAsked(@TempDir Path tmp) throws Exception {
        Path dir = tmp.resolve("demo");
        List<Path> opened = new ArrayList<>();
        assertEquals(0, run(new DemoCommand(opened::add), "--dir", dir.toString(), "--frames", "2", "--no-open"));
        assertEquals(dir.toAbsolutePath().normalize().toString(), out.toString().strip());
        assertTrue(err.toString().contains("created the demo project (2 frames)"), err.toString());
        assertTrue(opened.isEmpty());
        try (ProjectStore store = ProjectStore.open(dir)) {
            assertEquals(2, store.annotations().frames().size());
        }

        assertEquals(0, run(new DemoCommand(opened::add), "--dir", dir.toString(), "--frames", "5"));
        assertFalse(err.toString().contains("created"), "the second run reuses the project: " + err);
        assertEquals(List.of(dir.toAbsolutePath().normalize()), opened);
    }

    @Test
    void usesTheInstalledOpenerAndRejectsBadFrameCounts(@TempDir Path tmp) {
        List<Path> opened = new ArrayList<>();
        DemoCommand.setOpener(opened::add);
        try {
            assertEquals(0, run(new DemoCommand(), "--dir", tmp.resolve("d").toString(), "--frames", "1"));
            assertEquals(1, opened.size());
        } finally {
            DemoCommand.setOpener(null);
        }
        assertEquals(0, run(new DemoCommand(), "--dir", tmp.resolve("d").toString()));
        assertTrue(err.toString().contains("no desktop window"), err.toString());
        assertEquals(2, run(new DemoCommand(), "--dir", tmp.resolve("e").toString(), "--frames", "0"));
        assertTrue(err.toString().contains("--frames must be 1..10000"), err.toString());
    }

    @Test
    void fullResolutionScansAboutTwiceThePointsAndStaysOutOfTheHelp(@TempDir Path tmp) throws Exception {
        assertEquals(0, run(new DemoCommand(), "--dir", tmp.resolve("half").toString(), "--frames", "1",
                "--no-open"));
        assertEquals(0, run(new DemoCommand(), "--dir", tmp.resolve("full").toString(), "--frames", "1",
                "--full-resolution", "--no-open"));
        long half = java.nio.file.Files.size(tmp.resolve("half/data/velodyne/000000.bin")) / 16;
        long full = java.nio.file.Files.size(tmp.resolve("full/data/velodyne/000000.bin")) / 16;
        assertTrue(half > 55_000 && half < 75_000, "the shipped demo keeps its half resolution: " + half);
        assertTrue(full > 120_000 && full > 1.9 * half && full < 2.1 * half,
                "KITTI's full 0.17 deg: about twice the points: " + full + " vs " + half);
        StringWriter help = new StringWriter();
        new CommandLine(new DemoCommand()).usage(new PrintWriter(help, true));
        assertFalse(help.toString().contains("full-resolution"), "a benchmark option, hidden: " + help);
    }
}
