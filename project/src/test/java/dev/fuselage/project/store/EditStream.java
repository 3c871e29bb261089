package dev.fuselage.project.store;

import dev.fuselage.core.annotation.ObjectAnnotation;
import dev.fuselage.core.annotation.ObjectId;
import dev.fuselage.core.annotation.Source;
import dev.fuselage.core.annotation.TrackId;
import dev.fuselage.core.edit.AddObject;
import dev.fuselage.core.edit.AnnotationModel;
import dev.fuselage.core.edit.ChangeAttribute;
import dev.fuselage.core.edit.ChangeBox;
import dev.fuselage.core.edit.Command;
import dev.fuselage.core.edit.CompoundCommand;
import dev.fuselage.core.edit.DeleteObject;
import dev.fuselage.core.edit.EditHistory;
import dev.fuselage.core.edit.LabelPoints;
import dev.fuselage.core.geometry.Cuboid;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;

/**
 * A deterministic stream of edits: edit number {@code seq} is a pure function of {@code seq} and the model state,
 * so a test can replay the stream into a memory model and know exactly what a store must hold after N edits.
 * Every step is exactly one edit (one {@code edit_log} row): adds, box changes, deletes, attribute changes,
 * multi-object compounds, point labelling and undo/redo.
 */
final class EditStream {
    static final int FRAMES = 4;
    static final int POINTS = 2000;

    private EditStream() {
    }

    /** Performs edit {@code seq} through the history. */
    static void step(long seq, AnnotationModel model, EditHistory history) {
        SplittableRandom r = new SplittableRandom(seq * 0x9E3779B97F4A7C15L + 17);
        String frame = "frame-" + (seq % FRAMES);
        int kind = (int) (seq % 10);
        List<ObjectAnnotation> here = model.objects(frame);
        if (kind == 9 && history.canUndo()) {
            history.undo();
            return;
        }
        if (kind == 8 && history.canRedo()) {
            history.redo();
            return;
        }
        if ((kind == 2 || kind == 6) && !here.isEmpty()) {
            ObjectAnnotation o = here.get(r.nextInt(here.size()));
            history.execute(ChangeBox.to(model, o.id(), box(r)));
            return;
        }
        if (kind == 5 && !here.isEmpty()) {
            ObjectAnnotation o = here.get(r.nextInt(here.size()));
            history.execute(r.nextBoolean() ? DeleteObject.of(model, o.id())
                    : ChangeAttribute.to(model, o.id(), "occluded", r.nextDouble()));
            return;
        }
        if (kind == 4) {
            List<Command> parts = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                parts.add(new AddObject(object(seq, i, frame, r)));
            }
            history.execute(new CompoundCommand("Paste 3 boxes", parts));
            return;
        }
        if (kind == 7) {
            int[] idx = new int[50];
            int start = r.nextInt(POINTS - 50);
            for (int i = 0; i < idx.length; i++) {
                idx[i] = start + i;
            }
            history.execute(LabelPoints.paint(model, frame, POINTS, idx, 1 + r.nextInt(20), (int) seq));
            return;
        }
        history.execute(new AddObject(object(seq, 0, frame, r)));
    }

    private static ObjectAnnotation object(long seq, int part, String frame, SplittableRandom r) {
        return new ObjectAnnotation(new ObjectId(new UUID(seq, part)), frame, TrackId.of(1 + r.nextInt(40)),
                r.nextBoolean() ? "Car" : "Pedestrian", Map.of("seq", seq, "note", "edit " + seq),
                box(r), Source.values()[r.nextInt(3)], r.nextBoolean());
    }

    private static Cuboid box(SplittableRandom r) {
        return new Cuboid(r.nextDouble(-80, 80), r.nextDouble(-80, 80), r.nextDouble(-3, 3), r.nextDouble(0.3, 12),
                r.nextDouble(0.3, 4), r.nextDouble(0.5, 4), r.nextDouble(-Math.PI, Math.PI), 0, -0.0);
    }
}
