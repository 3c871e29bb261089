/**
 * The demo project behind {@code fuselage demo}: a generated street scene sequence (lidar scans, camera images,
 * calibration and labels in the KITTI object layout) that needs no downloaded data, turned into a Fuselage project
 * with imported, tracked objects.
 *
 * <p>{@link dev.fuselage.project.demo.DemoSceneGenerator} ray-casts one analytic street (road, curbs, sidewalks,
 * facades, poles, trees, cars and pedestrians) for both sensors, so lidar and image agree by construction;
 * {@link dev.fuselage.project.demo.DemoProject} writes the files and the project once and never touches them again.
 */
package dev.fuselage.project.demo;
