/** KITTI object and tracking export and import. */
package dev.fuselage.project.dataset.kitti;
