package dev.fuselage.render.scene;

import dev.fuselage.core.geometry.Cuboid;
import java.util.Objects;

/**
 * A labelled box to draw as a wireframe with a heading marker, in its class colour.
 *
 * @param id     the caller's id (picking returns it; selection refers to it)
 * @param box    the box in world (lidar) coordinates
 * @param argb   class colour
 * @param dashed draw the wireframe dashed: a machine proposal nobody has accepted yet
 */
public record SceneCuboid(long id, Cuboid box, int argb, boolean dashed) {
    public SceneCuboid {
        Objects.requireNonNull(box, "box");
    }

    /** A solid (accepted or drawn) box. */
    public SceneCuboid(long id, Cuboid box, int argb) {
        this(id, box, argb, false);
    }
}
