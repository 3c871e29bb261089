package dev.fuselage.ai.geometry;

import dev.fuselage.core.cloud.PointCloud;
import java.util.Arrays;
import java.util.List;

/**
 * One scan split into ground and object clusters, computed once per frame and shared by the pre-labelers: the
 * {@link GroundModel}, the points standing on it (up to {@value #MAX_HEIGHT} m), their {@link VoxelClusterer}
 * clusters, and for every point the cluster it is in.
 */
public final class SceneSegmentation {
    /** Object points end this high above the ground (m): trucks are under 4 m, trees and wires are above. */
    public static final double MAX_HEIGHT = 4.0;

    private final PointCloud cloud;
    private final GroundModel ground;
    private final List<int[]> clusters;
    private final int[] clusterOf;
    /** Per cluster: min x, min y, max x, max y (local coordinates). */
    private final float[] bounds;

    private SceneSegmentation(PointCloud cloud, GroundModel ground, List<int[]> clusters, int[] clusterOf) {
        this.cloud = cloud;
        this.ground = ground;
        this.clusters = clusters;
        this.clusterOf = clusterOf;
        this.bounds = new float[4 * clusters.size()];
        for (int c = 0; c < clusters.size(); c++) {
            float x0 = Float.POSITIVE_INFINITY, y0 = Float.POSITIVE_INFINITY;
            float x1 = Float.NEGATIVE_INFINITY, y1 = Float.NEGATIVE_INFINITY;
            for (int i : clusters.get(c)) {
                x0 = Math.min(x0, cloud.x()[i]);
                x1 = Math.max(x1, cloud.x()[i]);
                y0 = Math.min(y0, cloud.y()[i]);
                y1 = Math.max(y1, cloud.y()[i]);
            }
            bounds[4 * c] = x0;
            bounds[4 * c + 1] = y0;
            bounds[4 * c + 2] = x1;
            bounds[4 * c + 3] = y1;
        }
    }

    /** Segments a scan. */
    public static SceneSegmentation of(PointCloud cloud) {
        GroundModel ground = GroundModel.of(cloud);
        int[] objects = ground.objectPoints(cloud, GroundModel.DEFAULT_CLEARANCE, MAX_HEIGHT);
        List<int[]> clusters = new VoxelClusterer().cluster(cloud, objects, objects.length, 1);
        int[] of = new int[cloud.size()];
        Arrays.fill(of, -1);
        for (int c = 0; c < clusters.size(); c++) {
            for (int i : clusters.get(c)) {
                of[i] = c;
            }
        }
        return new SceneSegmentation(cloud, ground, List.copyOf(clusters), of);
    }

    public PointCloud cloud() {
        return cloud;
    }

    public GroundModel ground() {
        return ground;
    }

    /** Clusters as point indices, largest first. */
    public List<int[]> clusters() {
        return clusters;
    }

    /** The larger side (m) of cluster {@code c}'s axis-aligned bird's-eye bounds. */
    public double extent(int c) {
        return Math.max(bounds[4 * c + 2] - bounds[4 * c], bounds[4 * c + 3] - bounds[4 * c + 1]);
    }

    /**
     * The clusters (cluster {@code c} itself included) whose bird's-eye bounds come within {@code margin} m of
     * cluster {@code c}'s: the only candidates for being parts of the same object.
     */
    public List<int[]> clustersNear(int c, double margin) {
        List<int[]> out = new java.util.ArrayList<>();
        float x0 = bounds[4 * c], y0 = bounds[4 * c + 1], x1 = bounds[4 * c + 2], y1 = bounds[4 * c + 3];
        for (int k = 0; k < clusters.size(); k++) {
            if (bounds[4 * k] <= x1 + margin && bounds[4 * k + 2] >= x0 - margin && bounds[4 * k + 1] <= y1 + margin
                    && bounds[4 * k + 3] >= y0 - margin) {
                out.add(clusters.get(k));
            }
        }
        return out;
    }

    /** The cluster of point {@code i}, or -1 for ground, too high or invalid points. */
    public int clusterOf(int i) {
        return clusterOf[i];
    }
}
