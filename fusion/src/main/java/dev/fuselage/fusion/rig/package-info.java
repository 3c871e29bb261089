/**
 * Multi-camera rigs: {@link dev.fuselage.fusion.rig.CameraRig}, the Fuselage JSON rig format
 * ({@link dev.fuselage.fusion.rig.RigJson}, spec in {@code fusion/RIG_FORMAT.md}), and adapters from KITTI
 * ({@link dev.fuselage.fusion.rig.KittiCameras}) and SUSTechPOINTS
 * ({@link dev.fuselage.fusion.rig.SustechCalibration}) calibrations. The adapters take plain arrays and paths so this
 * module stays independent of io-formats.
 */
package dev.fuselage.fusion.rig;
