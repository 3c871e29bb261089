package dev.fuselage.project.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.fuselage.core.annotation.ObjectAnnotation;
import dev.fuselage.core.edit.ChangeBox;
import dev.fuselage.core.edit.ChangeClass;
import dev.fuselage.core.edit.EditHistory;
import dev.fuselage.io.kitti.KittiLabel;
import dev.fuselage.io.kitti.KittiLabelIO;
import dev.fuselage.project.dataset.coco.CocoExporter;
import dev.fuselage.project.dataset.kitti.KittiImporter;
import dev.fuselage.project.dataset.kitti.KittiObjectExporter;
import dev.fuselage.project.store.ProjectStore;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An imported object keeps its file's 2D box and alpha on export while its cuboid is as imported, across reopening;
 * an edit of the cuboid derives them again, and undoing it brings the file's back.
 */
class ImportedViewsTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    @Test
    void theHandDrawnBoxSurvivesUntilTheCuboidChanges() throws Exception {
        Path folder = tmp.resolve("p");
        KittiImporter.createProject(KittiRoundTripTest.DATA, folder, ExportProgress.NONE).close();

        KittiLabel imported = first(export(folder, "a"));
        assertEquals(712.40, imported.left(), 1e-9);
        assertEquals(810.73, imported.right(), 1e-9);
        assertEquals(143.00, imported.top(), 1e-9);
        assertEquals(307.92, imported.bottom(), 1e-9);
        assertEquals(-0.20, imported.alpha(), 1e-9);
        JsonNode coco = cocoBox(folder, "coco-a");
        assertEquals("[712.4,143.0,98.33,164.92]", coco.toString(), "COCO keeps the imported box too");

        try (ProjectStore p = ProjectStore.open(folder)) {
            EditHistory history = new EditHistory(p.annotations(), 10);
            ObjectAnnotation o = p.annotations().objects("000000").get(0);
            history.execute(new ChangeClass(o.id(), o.frameId(), o.className(), "Person_sitting"));
            KittiLabel renamed = first(export(p, "b"));
            assertEquals(712.40, renamed.left(), 1e-9, "a class change leaves the cuboid, so the box, alone");
            history.execute(ChangeBox.to(p.annotations(), o.id(), o.box().withCenter(o.box().cx() - 1,
                    o.box().cy() + 0.5, o.box().cz())));
            KittiLabel moved = first(export(p, "c"));
            assertNotEquals(712.40, moved.left(), 0.5, "a moved cuboid gets its box derived again");
            assertNotEquals(-0.20, moved.alpha(), 0.005, "and its alpha");
            assertTrue(moved.right() - moved.left() > 50, "a real projection: " + KittiLabelIO.format(moved));
            history.undo();
        }
        KittiLabel back = first(export(folder, "d"));
        assertEquals(KittiLabelIO.format(imported).replace("Pedestrian", "Person_sitting"),
                KittiLabelIO.format(back), "undo (and reopening) brings the file's box and alpha back");
    }

    /** Frame 000000's only object line: the pedestrian. */
    private static KittiLabel first(List<KittiLabel> labels) {
        return labels.get(0);
    }

    private List<KittiLabel> export(Path folder, String name) throws Exception {
        try (ProjectStore p = ProjectStore.open(folder)) {
            return export(p, name);
        }
    }

    private List<KittiLabel> export(ProjectStore p, String name) throws Exception {
        Path out = tmp.resolve(name);
        DatasetExport.run(new KittiObjectExporter(), ExportSource.of(p, new FusionBoxProjector()), out,
                ExportProgress.NONE);
        return KittiLabelIO.read(out.resolve("label_2/000000.txt"));
    }

    private JsonNode cocoBox(Path folder, String name) throws Exception {
        Path out = tmp.resolve(name);
        try (ProjectStore p = ProjectStore.open(folder)) {
            DatasetExport.run(new CocoExporter(), ExportSource.of(p, new FusionBoxProjector()), out,
                    ExportProgress.NONE);
        }
        return JSON.readTree(out.resolve(CocoExporter.FILE).toFile()).at("/annotations/0/bbox");
    }
}
