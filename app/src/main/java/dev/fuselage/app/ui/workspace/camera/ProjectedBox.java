package dev.fuselage.app.ui.workspace.camera;

import dev.fuselage.core.annotation.ObjectId;
import dev.fuselage.fusion.project.CuboidProjection;

/**
 * One object's cuboid as a camera sees it: its near-plane clipped edges and 2D box, the class colour, and whether
 * it is the selected object. The projection is a reused buffer: valid until the next {@link BoxOverlay#project}.
 */
public record ProjectedBox(ObjectId id, String className, int argb, boolean selected, CuboidProjection projection) {
}
