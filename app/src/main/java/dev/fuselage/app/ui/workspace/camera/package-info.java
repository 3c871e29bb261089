/**
 * Camera panels of the workspace (issue #5): each camera's image of the current frame with the lidar points
 * overlaid (coloured by depth) and every cuboid projected in its class colour. {@link
 * dev.fuselage.project.camera.CameraRigLoader} finds a frame's cameras (KITTI calibration, a Fuselage
 * {@code rig.json}, a SUSTechPOINTS scene) and {@link dev.fuselage.app.ui.workspace.camera.CameraOverlay} does the
 * projection and the hit test, both without JavaFX; {@link
 * dev.fuselage.app.ui.workspace.camera.CameraOverlayModel} is the view model and {@link
 * dev.fuselage.app.ui.workspace.camera.CameraPanels} the view.
 */
package dev.fuselage.app.ui.workspace.camera;

import dev.fuselage.project.camera.CameraRigLoader;
