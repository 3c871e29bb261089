/** Dataset export timings (issue #6): 1,000 generated frames exported as KITTI, COCO and native JSON. */
package dev.fuselage.bench.dataset;
