/**
 * Point segmentation in the project layer: turning selections into undoable label edits ({@link PointPainter}),
 * labelling the points inside cuboids ({@link BoxLabels}) and the ground ({@link GroundLabels}), running either
 * over a span of frames headless ({@link SegmentRun}), and showing several frames in one world frame through their
 * ego poses ({@link FramePoses}, {@link MergedFrames}).
 */
package dev.fuselage.project.segment;
