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

    private SceneSegmentation(PointCloud cloud, GroundModel ground, List<int[]> clusters, int[] clusterOf) {
        this.cloud = cloud;
        this.ground = ground;
        this.clusters = clusters;
        this.clusterOf = clusterOf;
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

    /** The cluster of point {@code i}, or -1 for ground, too high or invalid points. */
    public int clusterOf(int i) {
        return clusterOf[i];
    }
}
