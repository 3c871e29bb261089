package dev.fuselage.fusion.kitti;

import dev.fuselage.core.geometry.Box2D;
import dev.fuselage.fusion.camera.ImageSize;
import dev.fuselage.fusion.rig.KittiCamera;
import dev.fuselage.fusion.rig.KittiCameras;
import dev.fuselage.io.image.ImageInfo;
import dev.fuselage.io.kitti.KittiCalibration;
import dev.fuselage.io.kitti.KittiCalibrationIO;
import dev.fuselage.io.kitti.KittiLabel;
import dev.fuselage.io.kitti.KittiLabelIO;
import dev.fuselage.testkit.TestData;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** One labeled KITTI training frame from the shared data, read through io-formats (test scope only). */
record KittiFrame(String id, KittiCalibration calib, List<KittiLabel> labels, ImageSize imageSize, Path image,
                  Path velodyne) {
    static final List<String> LABELED = List.of("000000", "000001", "000002", "000003");

    static KittiFrame load(String id) throws IOException {
        String root = "kitti/object/training/";
        KittiCalibration calib = KittiCalibrationIO.read(TestData.file(root + "calib/" + id + ".txt"));
        List<KittiLabel> labels = KittiLabelIO.read(TestData.file(root + "label_2/" + id + ".txt"));
        Path image = TestData.file(root + "image_2/" + id + ".png");
        ImageInfo info = ImageInfo.read(image);
        return new KittiFrame(id, calib, labels, new ImageSize(info.width(), info.height()), image,
                TestData.file(root + "velodyne/" + id + ".bin"));
    }

    KittiCamera camera(int index) {
        return KittiCameras.camera(index, calib.p(), calib.r0Rect(), calib.trVeloToCam(), imageSize);
    }

    /** The label's corners moved into camera {@code cam}'s frame. */
    static double[] cornersInCamera(KittiLabel l, KittiCamera cam) {
        double[] c = KittiCameras.labelCorners(l.height(), l.width(), l.length(), l.x(), l.y(), l.z(),
                l.rotationY(), new double[24]);
        return cam.rectifiedToCamera(c, 8);
    }

    static Box2D labelBox(KittiLabel l) {
        return new Box2D(l.left(), l.top(), l.right(), l.bottom());
    }
}
