package dev.fuselage.installer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fuselage.app.cli.FuselageCommand;
import dev.fuselage.testkit.TestData;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue #14, acceptance 1: the .deb this build made, unpacked with {@code dpkg-deb -x}, runs. Its {@code fuselage}
 * launcher prints the same {@code info} JSON as the in-tree command line ({@code ./fuselage info} runs
 * {@link FuselageCommand} the same way) and, started without arguments as the desktop entry starts it, generates
 * and opens the demo project and draws its first frame under X (the CI's Xvfb, or one this test starts).
 *
 * <p>The packaged app runs with its home, data, settings and temporary folders inside the test's temporary
 * folder, so it writes nothing elsewhere.
 */
class PackagedAppIT {
    @TempDir
    static Path dir;
    private static Path launcher;
    private static Path home;

    @BeforeAll
    static void unpack() throws Exception {
        Path dist = Path.of(System.getProperty("fuselage.installer.dist"));
        List<Path> debs;
        try (Stream<Path> s = Files.list(dist)) {
            debs = s.filter(p -> p.getFileName().toString().endsWith(".deb")).toList();
        }
        assertEquals(1, debs.size(), "one .deb in " + dist + ": " + debs);
        Path root = Files.createDirectories(dir.resolve("root"));
        Result x = run(List.of("dpkg-deb", "-x", debs.get(0).toString(), root.toString()), Map.of(), 120);
        assertEquals(0, x.code, x.err);
        launcher = root.resolve("opt/fuselage/bin/" + System.getProperty("fuselage.installer.name", "fuselage"));
        assertTrue(Files.isExecutable(launcher), launcher + " is in the package");
        assertTrue(Files.isRegularFile(root.resolve("opt/fuselage/lib/fuselage-fuselage.desktop")), "desktop entry");
        assertTrue(Files.isRegularFile(root.resolve("opt/fuselage/lib/runtime/lib/server/libjvm.so")),
                "the package carries its own Java runtime");
        home = Files.createDirectories(dir.resolve("home"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"kitti/object/training/velodyne/000001.bin",
            "pcd/kitti-testing-000000-binary_compressed.pcd", "las/simple1_4.las"})
    void infoPrintsTheSameJsonAsTheCommandLine(String cloud) throws Exception {
        String file = TestData.file(cloud).toAbsolutePath().toString();
        Result packaged = run(List.of(launcher.toString(), "info", file, "--json"), appEnv(), 120);
        assertEquals(0, packaged.code, packaged.err);

        StringWriter out = new StringWriter(), err = new StringWriter();
        int code = FuselageCommand.run(new PrintWriter(out), new PrintWriter(err), "info", file, "--json");
        assertEquals(0, code, err.toString());
        assertEquals(out.toString(), packaged.out);
        assertTrue(packaged.out.contains("\"points\""), packaged.out);
        assertTrue(Files.readString(logFile()).contains(": info"), "the packaged CLI logs to the user's data folder");
    }

    @Test
    void errorsStayOneLineOnStderr() throws Exception {
        Path missing = dir.resolve("missing.bin");
        Result r = run(List.of(launcher.toString(), "info", missing.toString()), appEnv(), 120);
        StringWriter out = new StringWriter(), err = new StringWriter();
        int code = FuselageCommand.run(new PrintWriter(out), new PrintWriter(err), "info", missing.toString());
        assertEquals(1, code);
        assertEquals(code, r.code);
        assertEquals("", r.out);
        assertEquals(err.toString().lines().toList(), userLines(r.err));
        assertEquals(1, userLines(r.err).size(), r.err);
        assertTrue(r.err.contains("missing.bin"), r.err);
    }

    @Test
    void startedWithoutArgumentsItOpensTheDemoAndDrawsIt() throws Exception {
        Map<String, String> env = appEnv();
        Process xvfb = null;
        String display = System.getenv("DISPLAY");
        if (display == null || display.isBlank()) {
            int n = freeDisplay();
            xvfb = new ProcessBuilder("Xvfb", ":" + n, "-screen", "0", "1600x1000x24", "-nolisten", "tcp")
                    .redirectErrorStream(true).redirectOutput(dir.resolve("xvfb.log").toFile()).start();
            display = ":" + n;
            waitFor(Path.of("/tmp/.X11-unix/X" + n)::toFile, 20);
        }
        env.put("DISPLAY", display);
        ProcessBuilder pb = new ProcessBuilder(launcher.toString());
        pb.environment().putAll(env);
        pb.redirectOutput(dir.resolve("app.out").toFile()).redirectError(dir.resolve("app.err").toFile());
        Process app = pb.start();
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(240);
            String log = "";
            while (System.nanoTime() < deadline && app.isAlive() && !log.contains("first frame shown")) {
                Thread.sleep(250);
                log = Files.exists(logFile()) ? Files.readString(logFile()) : "";
            }
            assertTrue(log.contains("first frame shown"), "the demo's first frame within 240 s; alive "
                    + app.isAlive() + "\nlog:\n" + log + "\nstderr:\n" + Files.readString(dir.resolve("app.err")));
            Path demo = dir.resolve("data/fuselage/demo");
            assertTrue(Files.isRegularFile(demo.resolve("project.json")), "the demo was generated in the data folder");
            assertTrue(Files.readString(dir.resolve("config/fuselage/preferences.json")).contains(demo.toString()),
                    "the demo is the first recent project");
            assertTrue(!log.contains(" ERROR "), log);
        } finally {
            app.destroy();
            if (!app.waitFor(20, TimeUnit.SECONDS)) {
                app.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
            if (xvfb != null) {
                xvfb.destroy();
                xvfb.waitFor(10, TimeUnit.SECONDS);
            }
        }
    }

    /**
     * Start-up: the package's {@code make-cds-archive} (its postinst runs it in /opt/fuselage) makes a class-data
     * archive for wherever the package lies, and the launcher maps it: with {@code -Xshare:on} the JVM refuses to
     * start otherwise, and the app's classes come from the archive ("shared objects file"), not from the jars.
     */
    @Test
    void makesAClassDataArchiveWhereThePackageLiesAndStartsFromIt() throws Exception {
        Path app = launcher.getParent().resolveSibling("lib").resolve("app");
        assertTrue(Files.isRegularFile(app.resolve("fuselage.classlist")), "the build's class list is in the package");
        Result made = run(List.of("sh", app.resolve("make-cds-archive").toString()),
                Map.of("TMPDIR", Files.createDirectories(dir.resolve("tmp")).toString()), 600);
        assertEquals(0, made.code, made.out + made.err);
        assertTrue(Files.size(app.resolve("fuselage.jsa")) > 1_000_000, "an archive of the listed classes");

        Path classLog = dir.resolve("class-load.log");
        Map<String, String> env = appEnv();
        env.put("JAVA_TOOL_OPTIONS", env.get("JAVA_TOOL_OPTIONS") + " -Xshare:on -Xlog:class+load=info:file="
                + classLog);
        String file = TestData.file("las/simple1_4.las").toAbsolutePath().toString();
        Result info = run(List.of(launcher.toString(), "info", file, "--json"), env, 120);
        assertEquals(0, info.code, info.err);
        String loaded = Files.readString(classLog);
        assertTrue(loaded.contains("dev.fuselage.app.Main source: shared objects file"), "Main from the archive");
        assertTrue(loaded.contains("picocli.CommandLine source: shared objects file"), "libraries from the archive");
    }

    /** The packaged app's environment: home, data, settings and temporary folders inside the test's folder. */
    private static Map<String, String> appEnv() throws IOException {
        Map<String, String> env = new java.util.HashMap<>();
        env.put("XDG_DATA_HOME", dir.resolve("data").toString());
        env.put("XDG_CONFIG_HOME", dir.resolve("config").toString());
        // Java takes the home folder from the password database, not $HOME; JavaFX and LWJGL unpack natives there
        env.put("JAVA_TOOL_OPTIONS", "-Duser.home=" + home + " -Djava.io.tmpdir="
                + Files.createDirectories(dir.resolve("tmp")));
        return env;
    }

    private static Path logFile() {
        return dir.resolve("data/fuselage/logs/fuselage.log");
    }

    /** Stderr without the JVM's note that it picked up JAVA_TOOL_OPTIONS. */
    private static List<String> userLines(String err) {
        return err.lines().filter(l -> !l.startsWith("Picked up JAVA_TOOL_OPTIONS")).toList();
    }

    private record Result(int code, String out, String err) {
    }

    private static Result run(List<String> command, Map<String, String> env, int seconds) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(command);
        pb.environment().putAll(env);
        Path out = Files.createTempFile(dir, "out", ".txt"), err = Files.createTempFile(dir, "err", ".txt");
        pb.redirectOutput(out.toFile()).redirectError(err.toFile());
        Process p = pb.start();
        if (!p.waitFor(seconds, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError(command + " ran over " + seconds + " s");
        }
        return new Result(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    private static int freeDisplay() {
        for (int n = 90; n > 10; n--) {
            if (!Files.exists(Path.of("/tmp/.X11-unix/X" + n)) && !Files.exists(Path.of("/tmp/.X" + n + "-lock"))) {
                return n;
            }
        }
        throw new IllegalStateException("no free X display number");
    }

    private static void waitFor(java.util.function.Supplier<java.io.File> file, int seconds) throws Exception {
        for (int i = 0; i < seconds * 10 && !file.get().exists(); i++) {
            Thread.sleep(100);
        }
    }
}
