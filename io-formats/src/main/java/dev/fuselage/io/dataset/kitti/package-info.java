/** KITTI object and tracking export and import. */
package dev.fuselage.io.dataset.kitti;
