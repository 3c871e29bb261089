/**
 * Projection into one camera: {@link dev.fuselage.fusion.project.PointProjector} for whole point clouds (bulk, into
 * reusable {@link dev.fuselage.fusion.project.ProjectedPoints} buffers) and
 * {@link dev.fuselage.fusion.project.CuboidProjector} for boxes (near-plane clipped edges, derived 2D box,
 * visibility and truncation, into a reusable {@link dev.fuselage.fusion.project.CuboidProjection}).
 */
package dev.fuselage.fusion.project;
