/**
 * Point segmentation in the project layer: turning selections into undoable label edits ({@link PointPainter},
 * {@link PaintStroke} for a brush stroke), instance edits ({@link InstanceEdits}), labelling the points inside
 * cuboids ({@link BoxLabels}) and the ground ({@link GroundLabels}), running either over a span of frames headless
 * ({@link SegmentRun}, {@link FrameSpan}), and showing several frames in one world frame through their ego poses
 * ({@link FramePoses}, {@link MergedFrames}).
 */
package dev.fuselage.project.segment;
