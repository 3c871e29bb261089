package dev.fuselage.app.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class UserFoldersTest {
    @Test
    void followsXdgAndIgnoresRelativePaths() {
        UserFolders defaults = UserFolders.of(null, " ", "/home/ann");
        assertEquals(Path.of("/home/ann/.local/share/fuselage"), defaults.data());
        assertEquals(Path.of("/home/ann/.config/fuselage/preferences.json"), defaults.preferences());
        assertEquals(Path.of("/home/ann/.local/share/fuselage/logs"), defaults.logs());
        UserFolders xdg = UserFolders.of("/x/data", "/x/config", "/home/ann");
        assertEquals(Path.of("/x/data/fuselage/logs"), xdg.logs());
        assertEquals(Path.of("/x/config/fuselage"), xdg.config());
        assertEquals(defaults, UserFolders.of("rel/data", "rel/config", "/home/ann"));
    }
}
