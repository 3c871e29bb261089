package dev.fuselage.fusion.kitti;

import dev.fuselage.core.cloud.PointCloud;
import dev.fuselage.fusion.camera.CameraModel;
import dev.fuselage.fusion.project.CuboidProjection;
import dev.fuselage.fusion.project.CuboidProjector;
import dev.fuselage.fusion.project.PointProjector;
import dev.fuselage.fusion.project.ProjectedPoints;
import dev.fuselage.fusion.rig.KittiCamera;
import dev.fuselage.io.PointCloudIO;
import dev.fuselage.io.kitti.KittiBoxes;
import dev.fuselage.io.kitti.KittiLabel;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Line2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.nio.file.Paths;
import javax.imageio.ImageIO;

/**
 * Draws a KITTI frame's lidar points (coloured by depth) and its label boxes (near-plane clipped edges, through the
 * lidar path) over image 2, for eyeballing the fusion module. A tool, not a test (the build never runs it): run
 * its {@code main} from the fusion module's test class path with the output PNG (default
 * {@code /tmp/kitti-overlay.png}) and optionally the frame ({@code 000001} by default).
 */
final class KittiOverlay {

    private KittiOverlay() {
    }

    static void render(String frame, Path out) throws IOException {
        KittiFrame f = KittiFrame.load(frame);
        KittiCamera cam2 = f.camera(2);
        CameraModel cam = cam2.camera();
        BufferedImage img = ImageIO.read(f.image().toFile());
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);

        PointCloud cloud = PointCloudIO.read(f.velodyne());
        ProjectedPoints pts = new ProjectedPoints();
        int n = new PointProjector(cam).project(cloud, pts);
        for (int k = 0; k < n; k++) {
            int i = pts.visibleIndices()[k];
            g.setColor(depthColour(pts.depth()[i]));
            g.fillRect(Math.round(pts.u()[i]) - 1, Math.round(pts.v()[i]) - 1, 2, 2);
        }

        CuboidProjector boxes = new CuboidProjector(cam);
        CuboidProjection p = new CuboidProjection();
        g.setStroke(new BasicStroke(2f));
        for (KittiLabel l : f.labels()) {
            if (l.isDontCare()) {
                continue;
            }
            boxes.project(KittiBoxes.toLidar(l, f.calib()), p);
            double[] s = p.segments();
            for (int i = 0; i < p.segmentCount(); i++) {
                // front face (edges 0, 4, 8, 9: bottom front, top front, front verticals) in red
                int e = p.segmentEdge(i);
                g.setColor(e == 0 || e == 4 || e == 8 || e == 9 ? Color.RED : Color.GREEN);
                g.draw(new Line2D.Double(s[4 * i], s[4 * i + 1], s[4 * i + 2], s[4 * i + 3]));
            }
            p.box().ifPresent(b -> {
                g.setColor(Color.YELLOW);
                g.setStroke(new BasicStroke(1f));
                g.draw(new java.awt.geom.Rectangle2D.Double(b.left(), b.top(), b.width(), b.height()));
                g.setColor(Color.CYAN); // the label's own 2D box
                g.draw(new java.awt.geom.Rectangle2D.Double(l.left(), l.top(), l.right() - l.left(),
                        l.bottom() - l.top()));
                g.setStroke(new BasicStroke(2f));
            });
        }
        g.dispose();
        ImageIO.write(img, "png", out.toFile());
    }

    /** Near red through yellow and green to far blue (5–60 m), a cheap jet-like ramp. */
    static Color depthColour(float depth) {
        float t = Math.max(0, Math.min(1, (depth - 5) / 55f));
        return Color.getHSBColor(t * 0.66f, 1f, 1f);
    }

    public static void main(String[] args) throws IOException {
        render(args.length > 1 ? args[1] : "000001", Paths.get(args.length > 0 ? args[0] : "/tmp/kitti-overlay.png"));
    }
}
