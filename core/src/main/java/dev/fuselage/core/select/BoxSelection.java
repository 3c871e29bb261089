package dev.fuselage.core.select;

import dev.fuselage.core.cloud.PointCloud;
import dev.fuselage.core.geometry.Cuboid;
import java.util.Arrays;

/** The points of a cloud inside an oriented box (boundary included): what "box → points" labels. */
public final class BoxSelection {
    private BoxSelection() {
    }

    /** Indices of the points inside {@code box}, ascending; invalid (NaN) points are never inside. */
    public static int[] inside(PointCloud cloud, Cuboid box) {
        float[] x = cloud.x(), y = cloud.y(), z = cloud.z();
        // an axis-aligned bound of the box's circumscribed sphere rejects most points with three comparisons
        double reach = 0.5 * Math.sqrt(box.length() * box.length() + box.width() * box.width()
                + box.height() * box.height());
        double lx = box.cx() - cloud.originX(), ly = box.cy() - cloud.originY(), lz = box.cz() - cloud.originZ();
        int[] out = new int[64];
        int n = 0;
        for (int i = 0; i < x.length; i++) {
            if (Math.abs(x[i] - lx) > reach || Math.abs(y[i] - ly) > reach || Math.abs(z[i] - lz) > reach
                    || !(x[i] == x[i])) {
                continue;
            }
            if (box.contains(cloud.worldX(i), cloud.worldY(i), cloud.worldZ(i))) {
                if (n == out.length) {
                    out = Arrays.copyOf(out, n * 2);
                }
                out[n++] = i;
            }
        }
        return Arrays.copyOf(out, n);
    }
}
