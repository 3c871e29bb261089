/** COCO detection + segmentation export, and import of COCO boxes as 2D image annotations. */
package dev.fuselage.project.dataset.coco;
