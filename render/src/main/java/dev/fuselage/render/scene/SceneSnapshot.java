package dev.fuselage.render.scene;

import java.util.List;

/**
 * An immutable view of a {@link Scene} at one version, taken by a renderer at the start of a frame so the caller
 * can keep editing the scene meanwhile.
 *
 * @param version     the scene's version (changes on every edit)
 * @param clouds      clouds in insertion order
 * @param cuboids     boxes (for picking; their wireframes are in {@code lines})
 * @param lines       all line overlays
 * @param style       point style
 * @param background  opaque ARGB background
 * @param pointBudget points drawn at most per frame while the camera moves (all clouds together)
 */
public record SceneSnapshot(long version, List<SceneCloud> clouds, List<SceneCuboid> cuboids, LineBatch lines,
                            PointStyle style, int background, int pointBudget) {
}
