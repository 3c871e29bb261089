package dev.fuselage.app.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fuselage.app.ui.workspace.WorkspacePrefs;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Issue #14: preferences persist in one JSON file; a corrupt file is reset with a message, never a crash. */
class PreferencesFileTest {
    @TempDir
    Path dir;

    @Test
    void recentProjectsRendererAndLayoutSurviveARestart() throws Exception {
        Path file = dir.resolve("config/fuselage/preferences.json");
        Path a = Files.createDirectories(dir.resolve("projects/a"));
        Path b = Files.createDirectories(dir.resolve("projects/b"));
        PreferencesFile first = PreferencesFile.open(file);
        assertTrue(first.resetMessage().isEmpty());
        WorkspacePrefs workspace = new WorkspacePrefs(first.root().node("workspace"));
        workspace.addRecent(a);
        workspace.addRecent(b);
        first.root().node("workspace").putDouble("window.w", 1234.5);
        first.root().node("app").put("renderer", "cpu");
        assertTrue(Files.isRegularFile(file), "written at once, no flush needed");

        PreferencesFile second = PreferencesFile.open(file);
        assertEquals(List.of(b, a), new WorkspacePrefs(second.root().node("workspace")).recentProjects());
        assertEquals(1234.5, second.root().node("workspace").getDouble("window.w", -1));
        assertEquals("cpu", second.root().node("app").get("renderer", "auto"));
        assertTrue(second.resetMessage().isEmpty());
    }

    @Test
    void removedKeysAndNodesStayRemoved() throws Exception {
        Path file = dir.resolve("preferences.json");
        PreferencesFile prefs = PreferencesFile.open(file);
        prefs.root().node("viewer").put("lastFolder", "/data");
        prefs.root().node("gone").put("x", "1");
        prefs.root().node("viewer").remove("lastFolder");
        prefs.root().node("gone").removeNode();
        Preferences again = PreferencesFile.open(file).root();
        assertEquals(null, again.node("viewer").get("lastFolder", null));
        assertFalse(again.nodeExists("gone"));
        assertFalse(Files.readString(file).contains("gone"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "{", "{\"app\": {\"renderer\": \"gl\"}} trailing", "[1, 2]", "\u0000\u0001garbage",
            "{\"app\": {\"renderer\": 3}}", "{\"app\": [\"x\"]}", "{\"a\": \"1\", \"a\": \"2\"}", "null"})
    void aCorruptFileIsResetWithAMessageAndKeptAside(String content) throws Exception {
        Path file = dir.resolve("preferences.json");
        Files.writeString(file, content);
        PreferencesFile prefs = PreferencesFile.open(file);
        String message = prefs.resetMessage().orElseThrow();
        assertTrue(message.contains(file.toString()) && message.contains("reset"), message);
        Path aside = dir.resolve("preferences.json.corrupt");
        assertEquals(content, Files.readString(aside), "the damaged file is kept for a look");
        assertTrue(message.contains(aside.toString()), message);
        assertEquals(0, prefs.root().keys().length);
        assertEquals(0, prefs.root().childrenNames().length);

        prefs.root().node("app").put("renderer", "gl"); // and the fresh file works
        PreferencesFile reopened = PreferencesFile.open(file);
        assertEquals("gl", reopened.root().node("app").get("renderer", null));
        assertTrue(reopened.resetMessage().isEmpty());
    }

    @Test
    void aFailedWriteKeepsThePreferencesInMemoryAndTheNextWriteCatchesUp() throws Exception {
        Path file = dir.resolve("preferences.json");
        PreferencesFile prefs = PreferencesFile.open(file);
        prefs.root().put("a", "1");
        // a non-empty folder where the file goes: the rename onto it fails (as root too, unlike permissions)
        Files.delete(file);
        Files.writeString(Files.createDirectories(file).resolve("blocker"), "");
        prefs.root().put("b", "2");
        assertTrue(prefs.lastWriteFailure().isPresent());
        assertEquals("2", prefs.root().get("b", null));
        Files.delete(file.resolve("blocker"));
        Files.delete(file);
        prefs.root().put("c", "3");
        assertTrue(prefs.lastWriteFailure().isEmpty());
        Preferences again = PreferencesFile.open(file).root();
        assertEquals("1", again.get("a", null));
        assertEquals("2", again.get("b", null), "the next write catches up");
        try (var left = Files.list(dir)) {
            assertEquals(List.of(file), left.toList(), "no temporary files left behind");
        }
    }
}
