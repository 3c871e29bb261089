package dev.fuselage.bench.render;

import dev.fuselage.core.cloud.synthetic.SyntheticLidar;
import dev.fuselage.render.scene.Scene;
import dev.fuselage.render.scene.SceneCuboid;
import java.util.ArrayList;
import java.util.List;

/** Puts a synthetic lidar sweep and its object boxes into a scene, as a labelling session would show it. */
final class RenderBenchScenes {
    private RenderBenchScenes() {
    }

    static void fill(Scene scene, SyntheticLidar.Scan lidar) {
        scene.addCloud(lidar.cloud());
        List<SceneCuboid> boxes = new ArrayList<>();
        for (int i = 0; i < lidar.objects().size(); i++) {
            boxes.add(new SceneCuboid(i, lidar.objects().get(i), 0xFF30C0FF));
        }
        scene.setCuboids(boxes);
        scene.setSelectedCuboid(0);
    }
}
