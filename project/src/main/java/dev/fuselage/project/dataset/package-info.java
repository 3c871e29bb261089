/**
 * Dataset export and import. Exporters: one {@link dev.fuselage.project.dataset.DatasetExporter} per format (KITTI
 * object and tracking, COCO, SemanticKITTI, OpenLABEL, native JSON) found by name in
 * {@link dev.fuselage.project.dataset.DatasetExporters}, run atomically by
 * {@link dev.fuselage.project.dataset.DatasetExport}, each frame through the one
 * {@link dev.fuselage.project.dataset.FrameLoop} (progress and cancellation). Importers: one
 * {@link dev.fuselage.project.dataset.DatasetImporter} per format (KITTI object and tracking, native JSON, COCO,
 * OpenLABEL, SUSTechPOINTS) in {@link dev.fuselage.project.dataset.DatasetImporters}, run by
 * {@link dev.fuselage.project.dataset.DatasetImport}, which builds a new project aside and moves it into place only
 * when complete. Imported objects remember how their file showed them
 * ({@link dev.fuselage.project.dataset.ImportedObject}), so exports give back the file's 2D box, alpha and order
 * while the cuboid is unedited. Formats that need the 2D projection of a cuboid (KITTI's 2D box, COCO's polygon)
 * take a {@link dev.fuselage.project.dataset.BoxProjector}, backed by the fusion module's camera models.
 */
package dev.fuselage.project.dataset;
