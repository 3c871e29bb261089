package dev.fuselage.ai;

import dev.fuselage.core.cloud.PointCloud;
import dev.fuselage.core.geometry.Cuboid;
import dev.fuselage.fusion.camera.ImageSize;
import dev.fuselage.fusion.rig.KittiCamera;
import dev.fuselage.fusion.rig.KittiCameras;
import dev.fuselage.io.PointCloudIO;
import dev.fuselage.io.image.ImageInfo;
import dev.fuselage.io.kitti.KittiBoxes;
import dev.fuselage.io.kitti.KittiCalibration;
import dev.fuselage.io.kitti.KittiCalibrationIO;
import dev.fuselage.io.kitti.KittiLabel;
import dev.fuselage.io.kitti.KittiLabelIO;
import dev.fuselage.testkit.TestData;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * One labeled KITTI training frame of the shared data, read through io-formats (test scope only): the scan, camera
 * 2, the image file and the labels as lidar-frame cuboids.
 */
public record KittiScene(String id, PointCloud cloud, KittiCamera camera2, Path image, List<Labeled> labels) {
    public static final List<String> LABELED = List.of("000000", "000001", "000002", "000003");

    /** One label line with its box in the lidar frame. */
    public record Labeled(KittiLabel label, Cuboid box) {
        public String type() {
            return label.type();
        }

        public double distance() {
            return Math.hypot(box.cx(), box.cy());
        }

        public boolean isVehicle() {
            return type().equals("Car") || type().equals("Van") || type().equals("Truck");
        }
    }

    public static KittiScene load(String id) throws IOException {
        String root = "kitti/object/training/";
        KittiCalibration calib = KittiCalibrationIO.read(TestData.file(root + "calib/" + id + ".txt"));
        Path image = TestData.file(root + "image_2/" + id + ".png");
        ImageInfo info = ImageInfo.read(image);
        KittiCamera cam = KittiCameras.camera(2, calib.p(), calib.r0Rect(), calib.trVeloToCam(),
                new ImageSize(info.width(), info.height()));
        PointCloud cloud = PointCloudIO.read(TestData.file(root + "velodyne/" + id + ".bin"));
        List<Labeled> labels = KittiLabelIO.read(TestData.file(root + "label_2/" + id + ".txt")).stream()
                .filter(l -> !l.type().equals("DontCare"))
                .map(l -> new Labeled(l, KittiBoxes.toLidar(l, calib))).toList();
        return new KittiScene(id, cloud, cam, image, labels);
    }

    /** Number of scan points inside a box. */
    public int pointsIn(Cuboid box) {
        int n = 0;
        for (int i = 0; i < cloud.size(); i++) {
            if (box.contains(cloud.x()[i], cloud.y()[i], cloud.z()[i])) {
                n++;
            }
        }
        return n;
    }
}
