/**
 * Picking sets of points for point-cloud segmentation: screen regions (lasso and polygon, rectangle, brush circle)
 * through a camera, optionally only the visible surface; the points inside an oriented box; region growing from a
 * seed point. Everything here is pure math over primitive arrays, so the same code serves the workspace tools, the
 * command line and the tests.
 */
package dev.fuselage.core.select;
