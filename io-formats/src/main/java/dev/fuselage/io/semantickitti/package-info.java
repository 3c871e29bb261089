/**
 * SemanticKITTI / KITTI odometry files: per-point {@code .label} files ({@link LabelFile}), ego poses
 * ({@code poses.txt}, {@link OdometryPoses}) and the lidar-to-camera {@code Tr} of {@code calib.txt}
 * ({@link OdometryCalib}).
 */
package dev.fuselage.io.semantickitti;
