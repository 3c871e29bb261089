/**
 * One camera: {@link dev.fuselage.fusion.camera.Intrinsics}, a {@link dev.fuselage.fusion.camera.Distortion}
 * model, the {@link dev.fuselage.fusion.camera.ImageSize} and the rigid
 * {@link dev.fuselage.fusion.camera.LidarToCamera} extrinsic, combined in
 * {@link dev.fuselage.fusion.camera.CameraModel}.
 */
package dev.fuselage.fusion.camera;
