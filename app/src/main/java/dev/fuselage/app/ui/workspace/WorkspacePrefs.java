package dev.fuselage.app.ui.workspace;

import dev.fuselage.app.ui.workspace.model.ToolModel;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.prefs.Preferences;
import javafx.scene.control.SplitPane;
import javafx.stage.Stage;

/**
 * What the workspace remembers between runs (java.util.prefs): recent projects, the window's place and size and
 * its split dividers, the last tool and class.
 */
public final class WorkspacePrefs {
    /** Recent projects kept. */
    public static final int MAX_RECENT = 10;
    private static final String RECENT = "recent.";
    private final Preferences prefs;

    public WorkspacePrefs(Preferences prefs) {
        this.prefs = prefs;
    }

    /** Recent project folders, newest first. */
    public List<Path> recentProjects() {
        List<Path> out = new ArrayList<>();
        for (int i = 0; i < MAX_RECENT; i++) {
            String s = prefs.get(RECENT + i, null);
            if (s != null) {
                out.add(Path.of(s));
            }
        }
        return out;
    }

    /**
     * Recent project folders that still exist, newest first; the missing ones are dropped from the stored list
     * (the File > Open Recent menu shows this).
     */
    public List<Path> existingRecentProjects() {
        List<Path> all = recentProjects();
        List<Path> existing = all.stream().filter(java.nio.file.Files::isDirectory).toList();
        if (existing.size() != all.size()) {
            store(existing);
        }
        return existing;
    }

    /** Puts a project first in the recent list. */
    public void addRecent(Path project) {
        List<Path> list = recentProjects();
        Path p = project.toAbsolutePath().normalize();
        list.remove(p);
        list.add(0, p);
        store(list);
    }

    private void store(List<Path> list) {
        for (int i = 0; i < MAX_RECENT; i++) {
            if (i < list.size()) {
                prefs.put(RECENT + i, list.get(i).toString());
            } else {
                prefs.remove(RECENT + i);
            }
        }
    }

    /** Stores the window's bounds and the dividers of its splits (panel sizes). */
    public void saveLayout(Stage stage, SplitPane... splits) {
        prefs.putDouble("window.x", stage.getX());
        prefs.putDouble("window.y", stage.getY());
        prefs.putDouble("window.w", stage.getWidth());
        prefs.putDouble("window.h", stage.getHeight());
        for (int k = 0; k < splits.length; k++) {
            double[] d = splits[k].getDividerPositions();
            for (int i = 0; i < d.length; i++) {
                prefs.putDouble(splitKey(k, i), d[i]);
            }
        }
    }

    /** Applies stored window bounds, if any (before the window shows). */
    public void restoreLayout(Stage stage) {
        double w = prefs.getDouble("window.w", -1), h = prefs.getDouble("window.h", -1);
        if (w > 200 && h > 200) {
            stage.setWidth(w);
            stage.setHeight(h);
            stage.setX(prefs.getDouble("window.x", stage.getX()));
            stage.setY(prefs.getDouble("window.y", stage.getY()));
        }
    }

    /**
     * Applies stored dividers, if any. Call once the window is shown and laid out: a split pane places its
     * dividers from its items' sizes on its first layout, which would undo dividers set before.
     */
    public void restoreDividers(SplitPane... splits) {
        for (int k = 0; k < splits.length; k++) {
            double[] d = splits[k].getDividerPositions();
            for (int i = 0; i < d.length; i++) {
                double v = prefs.getDouble(splitKey(k, i), -1);
                if (v > 0 && v < 1) {
                    splits[k].setDividerPosition(i, v);
                }
            }
        }
    }

    private static String splitKey(int split, int divider) {
        return (split == 0 ? "split." : "split" + split + ".") + divider;
    }

    public ToolModel.Tool lastTool() {
        try {
            return ToolModel.Tool.valueOf(prefs.get("tool", ToolModel.Tool.SELECT.name()));
        } catch (IllegalArgumentException e) {
            return ToolModel.Tool.SELECT;
        }
    }

    public void setLastTool(ToolModel.Tool tool) {
        prefs.put("tool", tool.name());
    }

    /** The class last used for new boxes, or null. */
    public String lastClass() {
        return prefs.get("class", null);
    }

    public void setLastClass(String className) {
        if (className != null) {
            prefs.put("class", className);
        }
    }
}
