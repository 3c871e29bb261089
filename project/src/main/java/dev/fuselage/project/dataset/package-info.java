/**
 * Dataset export and import: one {@link dev.fuselage.project.dataset.DatasetExporter} per format (KITTI object and
 * tracking, COCO, SemanticKITTI, OpenLABEL, native JSON) found by name in
 * {@link dev.fuselage.project.dataset.DatasetExporters}, run atomically by {@link dev.fuselage.project.dataset.DatasetExport}
 * with progress and cancellation. Formats that need the 2D projection of a cuboid (KITTI's 2D box, COCO's
 * polygon) take a {@link dev.fuselage.project.dataset.BoxProjector}, which the app implements with the fusion module:
 * io-formats itself knows no camera model.
 */
package dev.fuselage.project.dataset;
