/**
 * The reviewer mode of the workspace: verdicts and comments on the current frame and its objects
 * ({@link dev.fuselage.app.ui.workspace.review.ReviewModel}, {@link dev.fuselage.app.ui.workspace.review.ReviewPane}),
 * the frame statuses and markers under the timeline, the track gallery and the dashboard. The review state itself
 * lives in the project layer ({@code dev.fuselage.project.review}, {@code ReviewBook}).
 */
package dev.fuselage.app.ui.workspace.review;
