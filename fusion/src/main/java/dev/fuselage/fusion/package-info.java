/**
 * Camera models and lidar–camera fusion.
 *
 * <p>Frames used throughout (metres, radians):
 * <ul>
 *   <li><b>lidar</b>: x forward, y left, z up (KITTI Velodyne, SUSTech, {@link dev.fuselage.core.geometry.Cuboid}).</li>
 *   <li><b>camera</b>: x right, y down, z forward along the optical axis (OpenCV; KITTI's rectified frames).</li>
 *   <li><b>normalized image</b>: (x/z, y/z) of a camera-frame point, before distortion.</li>
 *   <li><b>pixel</b>: u right, v down, {@code u = fx·xd + skew·yd + cx}, {@code v = fy·yd + cy} with (xd, yd) the
 *       distorted normalized point; an image of {@code width × height} covers [0, width] × [0, height].</li>
 * </ul>
 * Sub-packages: {@code camera} (intrinsics, distortion, extrinsics, {@code CameraModel}), {@code project} (bulk point
 * and cuboid projection), {@code rig} (multi-camera rigs, the JSON rig format, KITTI and SUSTechPOINTS adapters).
 */
package dev.fuselage.fusion;
