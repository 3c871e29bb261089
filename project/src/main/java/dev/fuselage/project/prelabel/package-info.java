/**
 * Pre-labeling a project's frames (issue 12): {@link dev.fuselage.project.prelabel.PreLabelJob} reads each frame,
 * runs an {@link dev.fuselage.ai.PreLabeler} and adds its boxes as one undoable edit per frame, for
 * {@code fuselage prelabel} and the workspace alike.
 */
package dev.fuselage.project.prelabel;
