package dev.fuselage.project.demo;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fuselage.core.cloud.PointCloud;
import dev.fuselage.core.cloud.StandardAttributes;
import dev.fuselage.fusion.project.PointProjector;
import dev.fuselage.fusion.project.ProjectedPoints;
import dev.fuselage.io.kitti.KittiLabel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The generated frames in memory: sensor agreement, label geometry, determinism. */
class DemoSceneGeneratorTest {
    private static final int[] FRAMES = {0, 8, 16, 23};
    private static DemoSceneGenerator generator;
    private static List<DemoFrame> frames;

    @BeforeAll
    static void generate() {
        generator = new DemoSceneGenerator(DemoSceneGenerator.DEFAULT_SEED);
        frames = java.util.Arrays.stream(FRAMES).parallel().mapToObj(generator::frame).toList();
    }

    @Test
    void everyFrameShowsCarsAndPedestriansWithTracks() {
        Set<String> types = new HashSet<>();
        for (DemoFrame f : frames) {
            assertTrue(f.objects().size() >= 4, f.id() + " labels only " + f.objects().size() + " objects");
            f.objects().forEach(o -> types.add(o.type()));
            Set<Long> tracks = new HashSet<>();
            f.objects().forEach(o -> assertTrue(tracks.add(o.track().value()), "track repeated in " + f.id()));
        }
        assertEquals(Set.of("Car", "Pedestrian"), types);
    }

    @Test
    void carPointsLandOnTheSameCarInTheImageAndRoadPointsOnRoad() {
        PointProjector projector = new PointProjector(generator.camera().camera());
        ProjectedPoints projected = new ProjectedPoints();
        for (DemoFrame f : frames) {
            projector.project(f.cloud(), projected);
            int carPoints = 0, carHits = 0, roadPoints = 0, roadHits = 0, roadGrey = 0;
            for (int k = 0; k < projected.visibleCount(); k++) {
                int i = projected.visibleIndices()[k];
                int u = Math.round(projected.u()[i]), v = Math.round(projected.v()[i]);
                if (u >= f.imageWidth() || v >= f.imageHeight()) {
                    continue;
                }
                int p = v * f.imageWidth() + u;
                if (f.pointMaterial(i).isCar()) {
                    carPoints++;
                    if (f.pixelTracks()[p] == f.pointTracks()[i] && f.pixelMaterial(u, v).isCar()) {
                        carHits++;
                    }
                } else if (f.pointMaterial(i) == Material.ROAD) {
                    roadPoints++;
                    if (f.pixelMaterial(u, v) == Material.ROAD) {
                        roadHits++;
                    }
                    int c = f.rgb()[p];
                    int r = (c >> 16) & 255, g = (c >> 8) & 255, b = c & 255;
                    if (Math.abs(r - g) <= 12 && Math.abs(g - b) <= 12 && g < 170) {
                        roadGrey++;
                    }
                }
            }
            assertTrue(carPoints > 300, f.id() + ": only " + carPoints + " car points in view");
            assertTrue(carHits >= 0.9 * carPoints, f.id() + ": " + carHits + " of " + carPoints
                    + " car points on their car's pixels");
            assertTrue(roadPoints > 1000, f.id() + ": " + roadPoints + " road points in view");
            assertTrue(roadHits >= 0.9 * roadPoints, f.id() + ": " + roadHits + " of " + roadPoints
                    + " road points on road pixels");
            assertTrue(roadGrey >= 0.9 * roadPoints, f.id() + ": " + roadGrey + " of " + roadPoints
                    + " road points on grey pixels");
        }
    }

    /**
     * The label's 2D box (the projected cuboid) against the bounding box of the object's pixels in the rendered
     * object-id buffer, for objects neither occluded nor truncated.
     */
    @Test
    void labelBoxesFitTheSilhouettesOfFullyVisibleObjects() {
        int checked = 0;
        for (DemoFrame f : frames) {
            for (DemoObject o : f.objects()) {
                KittiLabel l = o.label();
                if (l.occluded() != 0 || l.truncated() > 0 || o.visiblePixels() < 300) {
                    continue;
                }
                int minU = Integer.MAX_VALUE, minV = Integer.MAX_VALUE, maxU = -1, maxV = -1;
                for (int v = 0; v < f.imageHeight(); v++) {
                    for (int u = 0; u < f.imageWidth(); u++) {
                        if (f.pixelTracks()[v * f.imageWidth() + u] == o.track().value()) {
                            minU = Math.min(minU, u);
                            maxU = Math.max(maxU, u);
                            minV = Math.min(minV, v);
                            maxV = Math.max(maxV, v);
                        }
                    }
                }
                // pixel centres sit at integer coordinates: the silhouette covers [min - 0.5, max + 0.5]
                double iou = iou(l.left(), l.top(), l.right(), l.bottom(), minU - 0.5, minV - 0.5, maxU + 0.5,
                        maxV + 0.5);
                // a walker's round body fills less of its box's projection than a car's body does
                double min = o.type().equals("Car") ? 0.8 : 0.7;
                assertTrue(iou >= min, f.id() + " track " + o.track() + " " + o.type() + ": IoU " + iou);
                checked++;
            }
        }
        assertTrue(checked >= 8, "only " + checked + " unoccluded objects checked");
    }

    @Test
    void cloudsHaveSixtyFourRingsAndKittiLikeSize() {
        for (DemoFrame f : frames) {
            PointCloud c = f.cloud();
            assertTrue(c.size() >= 40_000 && c.size() <= 130_000, f.id() + ": " + c.size() + " points");
            short[] ring = c.column(StandardAttributes.RING).orElseThrow().shorts();
            Set<Short> rings = new HashSet<>();
            for (short r : ring) {
                rings.add(r);
            }
            assertEquals(64, rings.size(), f.id());
            float[] intensity = c.column(StandardAttributes.INTENSITY).orElseThrow().floats();
            for (float v : intensity) {
                assertTrue(v >= 0 && v <= 1);
            }
        }
    }

    @Test
    void markingsAndReflectorsReturnStrongerThanAsphalt() {
        DemoFrame f = frames.get(0);
        float[] intensity = f.cloud().column(StandardAttributes.INTENSITY).orElseThrow().floats();
        double road = meanIntensity(f, intensity, Material.ROAD), marking = meanIntensity(f, intensity,
                Material.LANE_MARKING), reflector = meanIntensity(f, intensity, Material.CAR_REFLECTOR);
        assertTrue(road > 0.03 && road < 0.3, "road " + road);
        assertTrue(marking > 2 * road, "marking " + marking + " vs road " + road);
        assertTrue(reflector > 0.5, "reflectors " + reflector);
    }

    @Test
    void theSameSeedGivesTheSameFramesAndFiles(@TempDir Path tmp) throws IOException {
        DemoSceneGenerator again = new DemoSceneGenerator(DemoSceneGenerator.DEFAULT_SEED);
        DemoFrame a = frames.get(1), b = again.frame(FRAMES[1]);
        assertArrayEquals(a.cloud().x(), b.cloud().x());
        assertArrayEquals(a.rgb(), b.rgb());
        assertEquals(a.labels(), b.labels());
        DemoProject.writeFrame(a, generator.calibration(), tmp.resolve("a"));
        DemoProject.writeFrame(b, again.calibration(), tmp.resolve("b"));
        for (String file : List.of("velodyne/000008.bin", "image_2/000008.png", "calib/000008.txt",
                "label_2/000008.txt")) {
            assertArrayEquals(Files.readAllBytes(tmp.resolve("a").resolve(file)),
                    Files.readAllBytes(tmp.resolve("b").resolve(file)), file);
        }
        DemoFrame other = new DemoSceneGenerator(DemoSceneGenerator.DEFAULT_SEED + 1).frame(FRAMES[1]);
        assertFalse(java.util.Arrays.equals(a.rgb(), other.rgb()), "another seed should give another street");
    }

    private static double meanIntensity(DemoFrame f, float[] intensity, Material m) {
        double sum = 0;
        int n = 0;
        for (int i = 0; i < intensity.length; i++) {
            if (f.pointMaterial(i) == m) {
                sum += intensity[i];
                n++;
            }
        }
        assertTrue(n > 0, "no " + m + " points");
        return sum / n;
    }

    static double iou(double l1, double t1, double r1, double b1, double l2, double t2, double r2, double b2) {
        double iw = Math.min(r1, r2) - Math.max(l1, l2), ih = Math.min(b1, b2) - Math.max(t1, t2);
        if (iw <= 0 || ih <= 0) {
            return 0;
        }
        double inter = iw * ih;
        return inter / ((r1 - l1) * (b1 - t1) + (r2 - l2) * (b2 - t2) - inter);
    }
}
