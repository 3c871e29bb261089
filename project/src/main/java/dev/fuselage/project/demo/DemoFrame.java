package dev.fuselage.project.demo;

import dev.fuselage.core.cloud.PointCloud;
import dev.fuselage.io.kitti.KittiLabel;
import java.awt.image.BufferedImage;
import java.util.List;

/**
 * One generated frame of the demo sequence: the lidar scan, the camera-2 image, the labelled objects, and the
 * ground truth behind them (what each point and each pixel hit), which tests use to check that the sensors agree.
 * The arrays are the frame's own: read them, do not change them.
 *
 * @param index          frame number, from 0
 * @param id             KITTI frame id ({@code 000000}, ...)
 * @param time           seconds since the first frame
 * @param cloud          the scan in the lidar frame, with {@code intensity} and {@code ring} columns
 * @param pointMaterials per point, the {@link Material#ordinal()} it hit
 * @param pointTracks    per point, the track id it hit (0: the static street)
 * @param imageWidth     image width, pixels
 * @param imageHeight    image height, pixels
 * @param rgb            pixels, {@code 0xRRGGBB}, row-major
 * @param pixelTracks    per pixel, the track id seen (0: none)
 * @param pixelMaterials per pixel, the {@link Material#ordinal()} seen ({@link Material#NONE} for sky)
 * @param objects        the objects visible in the image, as labelled
 */
public record DemoFrame(int index, String id, double time, PointCloud cloud, byte[] pointMaterials, int[] pointTracks,
                        int imageWidth, int imageHeight, int[] rgb, int[] pixelTracks, byte[] pixelMaterials,
                        List<DemoObject> objects) {
    private static final Material[] MATERIALS = Material.values();

    public DemoFrame {
        objects = List.copyOf(objects);
    }

    /** The {@code label_2} lines of this frame. */
    public List<KittiLabel> labels() {
        return objects.stream().map(DemoObject::label).toList();
    }

    /** What point {@code i} of the cloud hit. */
    public Material pointMaterial(int i) {
        return MATERIALS[pointMaterials[i]];
    }

    /** What pixel {@code (u, v)} shows. */
    public Material pixelMaterial(int u, int v) {
        return MATERIALS[pixelMaterials[v * imageWidth + u]];
    }

    /** The image as an RGB {@link BufferedImage} (a copy). */
    public BufferedImage image() {
        BufferedImage img = new BufferedImage(imageWidth, imageHeight, BufferedImage.TYPE_INT_RGB);
        img.setRGB(0, 0, imageWidth, imageHeight, rgb, 0, imageWidth);
        return img;
    }
}
