package dev.fuselage.app.ui.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fuselage.app.ui.workspace.model.WorkspaceModel;
import dev.fuselage.project.edit.BoxPoints;
import dev.fuselage.core.annotation.ObjectAnnotation;
import dev.fuselage.core.annotation.Source;
import dev.fuselage.core.geometry.Cuboid;
import dev.fuselage.io.kitti.KittiLabel;
import dev.fuselage.io.kitti.KittiLabelIO;
import dev.fuselage.render.scene.SceneCuboid;
import dev.fuselage.testkit.TestData;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue #4, acceptance 2: opening the KITTI training folder shows its labels as cuboids, each on its cluster of
 * points: per frame, the drawn boxes are the label file's non-DontCare objects with their classes, every box
 * holds points reaching down to its bottom, and more than the same box moved beside it.
 */
@ExtendWith(ApplicationExtension.class)
class WorkspaceKittiUiTest {
    @TempDir
    static Path projects;

    private WorkspaceFixture workspace;

    @Start
    void start(Stage stage) {
        workspace = WorkspaceFixture.open(TestData.file("kitti/object/training"), projects, stage);
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    @Test
    void kittiLabelsAreCuboidsOnTheirClusters(FxRobot robot) throws Exception {
        WorkspaceModel ws = workspace.awaitFirstFrame(30);
        Path labels = TestData.file("kitti/object/training/label_2");
        assertEquals(List.of("000000", "000001", "000002", "000003"), ws.frames());
        for (int i = 0; i < ws.frames().size(); i++) {
            String id = ws.frames().get(i);
            int index = i;
            robot.interact(() -> ws.goTo(index));
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> id.equals(ws.frame().frameId()));
            WaitForAsyncUtils.waitForFxEvents();
            List<String> expected = KittiLabelIO.read(labels.resolve(id + ".txt")).stream()
                    .filter(l -> !l.isDontCare()).map(KittiLabel::type).sorted().toList();
            List<ObjectAnnotation> shown = List.copyOf(ws.frame().objects());
            assertEquals(expected, shown.stream().map(ObjectAnnotation::className).sorted().toList(), id);
            List<SceneCuboid> drawn = workspace.renderer().scene().snapshot().cuboids();
            assertEquals(shown.size(), drawn.size(), id + ": one cuboid drawn per object");
            for (ObjectAnnotation o : shown) {
                assertEquals(Source.IMPORTED, o.source());
                assertTrue(drawn.stream().anyMatch(c -> c.box().equals(o.box())), "drawn: " + o);
                Cuboid box = o.box();
                int inside = BoxPoints.countInside(ws.cloud(), box);
                assertTrue(inside >= 5, id + " " + o.className() + " holds " + inside + " points");
                // on its cluster: the points inside reach down to the box's bottom (sparse far boxes need not fill it)
                BoxPoints pts = BoxPoints.around(ws.cloud(), box, 0);
                float low = Float.MAX_VALUE;
                for (int k = 0; k < pts.count(); k++) {
                    low = Math.min(low, pts.z()[k]);
                }
                assertTrue(low + box.height() / 2 < 0.6, id + " " + o.className() + " lowest point " + low);
                // above the ground, the box holds more points than it would moved off its cluster to either side
                double off = Math.max(box.length(), box.width()) + 2;
                Cuboid lifted = box.withCenter(box.cx(), box.cy(), box.cz() + 0.2);
                int onCluster = BoxPoints.countInside(ws.cloud(), lifted);
                int offCluster = Integer.MAX_VALUE;
                for (double[] d : new double[][] {{off, 0}, {-off, 0}, {0, off}, {0, -off}}) {
                    offCluster = Math.min(offCluster, BoxPoints.countInside(ws.cloud(),
                            lifted.withCenter(box.cx() + d[0], box.cy() + d[1], lifted.cz())));
                }
                assertTrue(onCluster > offCluster, id + " " + o.className() + ": " + onCluster + " on vs "
                        + offCluster + " off the cluster");
            }
        }
    }
}
