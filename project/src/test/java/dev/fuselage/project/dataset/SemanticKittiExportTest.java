package dev.fuselage.project.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fuselage.core.annotation.ObjectAnnotation;
import dev.fuselage.core.annotation.PointLabels;
import dev.fuselage.project.dataset.kitti.KittiImporter;
import dev.fuselage.project.dataset.semantickitti.SemanticKittiExporter;
import dev.fuselage.project.store.ProjectStore;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** SemanticKITTI: one uint32 a point; painted labels as stored, else derived from the boxes. */
class SemanticKittiExportTest {
    @TempDir
    Path tmp;

    @Test
    void labelsComeFromPaintedPointsOrFromBoxes() throws Exception {
        Path out = tmp.resolve("sk");
        ObjectAnnotation car;
        try (ProjectStore p = KittiImporter.createProject(KittiRoundTripTest.DATA, tmp.resolve("p"),
                ExportProgress.NONE)) {
            car = p.annotations().objects("000003").get(0);
            long points = Files.size(KittiRoundTripTest.DATA.resolve("velodyne/000000.bin")) / 16;
            int[] sem = new int[(int) points];
            int[] inst = new int[(int) points];
            sem[5] = 40;
            inst[5] = 3;
            p.annotations().putPointLabels("000000", new PointLabels(sem, inst));
            DatasetExport.run(new SemanticKittiExporter(), ExportSource.of(p, null), out, ExportProgress.NONE);
        }
        int[] painted = read(out.resolve("sequences/00/labels/000000.label"));
        assertEquals(40 | 3 << 16, painted[5]);
        assertEquals(0, painted[6]);
        int[] derived = read(out.resolve("sequences/00/labels/000003.label"));
        assertEquals(Files.size(out.resolve("sequences/00/velodyne/000003.bin")) / 16, derived.length);
        int carLabel = 10 | (int) car.trackId().value() << 16;
        long inCar = Arrays.stream(derived).filter(v -> v == carLabel).count();
        assertTrue(inCar > 20, "the car's points carry car (10) and its track: " + inCar);
    }

    private static int[] read(Path file) throws Exception {
        ByteBuffer b = ByteBuffer.wrap(Files.readAllBytes(file)).order(ByteOrder.LITTLE_ENDIAN);
        int[] out = new int[b.remaining() / 4];
        b.asIntBuffer().get(out);
        return out;
    }
}
