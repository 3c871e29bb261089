package dev.fuselage.app.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/** Issue #14: SLF4J goes to a rolling file through logback, in the folder given. */
class AppLogTest {
    @TempDir
    Path dir;

    @Test
    void eventsGoToTheFileWithStackTraces() throws Exception {
        Path file = AppLog.install(dir.resolve("data/fuselage/logs"));
        assertEquals(dir.resolve("data/fuselage/logs/fuselage.log").toAbsolutePath(), file);
        assertEquals(Optional.of(file), AppLog.file());
        LoggerFactory.getLogger("dev.fuselage.test").info("hello {}", "log");
        LoggerFactory.getLogger("dev.fuselage.test").debug("below the threshold");
        LoggerFactory.getLogger("dev.fuselage.test").error("it broke", new IllegalStateException("boom"));
        String log = Files.readString(file);
        assertTrue(log.contains("INFO  [main] dev.fuselage.test - hello log"), log);
        assertTrue(log.contains("java.lang.IllegalStateException: boom"), log);
        assertTrue(log.contains("\tat dev.fuselage.app.support.AppLogTest"), log);
        assertTrue(!log.contains("below the threshold"), log);
    }

    @Test
    void theLogRollsOverAndKeepsThreeOldFiles() throws Exception {
        Path file = AppLog.install(dir, "100KB");
        String line = "x".repeat(1000);
        for (int burst = 0; burst < 12; burst++) { // 600 kB in bursts: the size is checked every 250 ms
            for (int i = 0; i < 50; i++) {
                LoggerFactory.getLogger("dev.fuselage.test").info(line);
            }
            Thread.sleep(300);
        }
        LoggerFactory.getLogger("dev.fuselage.test").info("last");
        for (String name : new String[] {"fuselage.log", "fuselage.1.log", "fuselage.2.log", "fuselage.3.log"}) {
            assertTrue(Files.isRegularFile(dir.resolve(name)), name);
            assertTrue(Files.size(dir.resolve(name)) <= 160_000, name + ": " + Files.size(dir.resolve(name)));
        }
        assertTrue(!Files.exists(dir.resolve("fuselage.4.log")), "three old files kept, no more");
        assertTrue(Files.readString(file).contains("last"));
    }

    @Test
    void anUnwritableFolderIsAClearError() throws Exception {
        Path blocker = Files.writeString(dir.resolve("not-a-folder"), "");
        IOException e = assertThrows(IOException.class, () -> AppLog.install(blocker.resolve("logs")));
        assertTrue(e.getMessage().contains("not-a-folder"), e.getMessage());
    }
}
