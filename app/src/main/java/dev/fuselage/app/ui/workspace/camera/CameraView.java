package dev.fuselage.app.ui.workspace.camera;

import dev.fuselage.project.camera.FrameCamera;

/**
 * One camera of the shown frame, ready to draw: the decoded image (ARGB, row-major), the same image with the
 * lidar points painted in, the points themselves and the projected boxes.
 *
 * @param frameId         the frame this view belongs to
 * @param camera          the camera and its image file
 * @param width           image width in pixels
 * @param height          image height in pixels
 * @param image           the camera image, {@code image[y * width + x]}
 * @param imageWithPoints the image with the visible lidar points painted in, coloured by depth
 * @param points          the visible lidar points
 * @param boxes           the frame's cuboids projected into this camera (JavaFX thread)
 */
public record CameraView(String frameId, FrameCamera camera, int width, int height, int[] image,
                         int[] imageWithPoints, PointLayer points, BoxOverlay boxes) {
    public String name() {
        return camera.name();
    }
}
