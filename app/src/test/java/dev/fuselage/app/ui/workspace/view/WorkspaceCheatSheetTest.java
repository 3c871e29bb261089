package dev.fuselage.app.ui.workspace.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fuselage.ontology.LabelClass;
import dev.fuselage.ontology.Presets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The keyboard cheat sheet lists every action with the key that runs it, and every class hotkey. */
class WorkspaceCheatSheetTest {
    @Test
    void everyActionAndClassIsListedWithItsKey() {
        List<CheatSheet.Row> rows = CheatSheet.rows(Presets.kitti());
        for (WorkspaceAction a : WorkspaceAction.values()) {
            String key = a.key().getDisplayText();
            assertTrue(rows.stream().anyMatch(r -> r.key().equals(key) && r.label().startsWith(a.label())),
                    a + " (" + key + ") missing");
        }
        for (LabelClass c : Presets.kitti().concreteClasses()) {
            c.hotkey().ifPresent(k -> assertTrue(rows.stream().anyMatch(r -> r.key().equals(k.toString())
                    && r.label().equals(c.name())), c.name() + " missing"));
        }
        // under the heading of its menu, and no key twice
        Set<String> menus = new HashSet<>();
        for (WorkspaceAction a : WorkspaceAction.values()) {
            menus.add(a.menu());
        }
        assertTrue(rows.stream().filter(CheatSheet.Row::isHeading).map(CheatSheet.Row::heading).toList()
                .containsAll(menus));
        List<String> keys = rows.stream().filter(r -> !r.isHeading()).map(CheatSheet.Row::key).toList();
        assertEquals(keys.size(), new HashSet<>(keys).size(), "a key does one thing: " + keys);
    }
}
