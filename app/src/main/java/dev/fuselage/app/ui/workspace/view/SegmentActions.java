package dev.fuselage.app.ui.workspace.view;

import dev.fuselage.app.ui.workspace.paint.PaintModel;
import dev.fuselage.app.ui.workspace.paint.PaintTool;
import java.util.function.BiConsumer;

/** What the Segment menu's actions do: each one a call on the {@link PaintModel}. */
final class SegmentActions {
    private SegmentActions() {
    }

    /** Gives every Segment action its handler. */
    static void bind(PaintModel paint, BiConsumer<WorkspaceAction, Runnable> handlers) {
        handlers.accept(WorkspaceAction.BRUSH_TOOL, () -> paint.toolProperty().set(PaintTool.BRUSH));
        handlers.accept(WorkspaceAction.LASSO_TOOL, () -> paint.toolProperty().set(PaintTool.LASSO));
        handlers.accept(WorkspaceAction.POLYGON_TOOL, () -> paint.toolProperty().set(PaintTool.POLYGON));
        handlers.accept(WorkspaceAction.RECTANGLE_TOOL, () -> paint.toolProperty().set(PaintTool.RECTANGLE));
        handlers.accept(WorkspaceAction.SMART_SELECT, () -> paint.toolProperty().set(PaintTool.SMART));
        handlers.accept(WorkspaceAction.BOX_TOOLS, () -> paint.toolProperty().set(PaintTool.NONE));
        handlers.accept(WorkspaceAction.SUBTRACT, () -> paint.subtractProperty().set(!paint.subtractProperty().get()));
        handlers.accept(WorkspaceAction.OVERWRITE,
                () -> paint.overwriteProperty().set(!paint.overwriteProperty().get()));
        handlers.accept(WorkspaceAction.VISIBLE_SURFACE,
                () -> paint.surfaceOnlyProperty().set(!paint.surfaceOnlyProperty().get()));
        handlers.accept(WorkspaceAction.BOX_TO_POINTS, paint::boxToPoints);
        handlers.accept(WorkspaceAction.ALL_BOXES_TO_POINTS, paint::allBoxesToPoints);
        handlers.accept(WorkspaceAction.GROUND, () -> paint.labelGround());
        handlers.accept(WorkspaceAction.NEW_INSTANCE, paint::newInstance);
        handlers.accept(WorkspaceAction.JOIN_INSTANCE, paint::joinInstance);
        handlers.accept(WorkspaceAction.SPLIT_INSTANCE, paint::splitInstance);
        handlers.accept(WorkspaceAction.HIDE_CLASS, paint::toggleHideActive);
        handlers.accept(WorkspaceAction.ISOLATE_CLASS, paint::toggleIsolateActive);
        handlers.accept(WorkspaceAction.UNLABELED_ONLY, paint::toggleUnlabeledOnly);
        handlers.accept(WorkspaceAction.COLOR_MODE, paint::cycleColorMode);
        handlers.accept(WorkspaceAction.MERGED_VIEW,
                () -> (paint.mergedProperty().get() ? paint.showSingle() : paint.showMerged()).thenRun(() -> { }));
    }
}
