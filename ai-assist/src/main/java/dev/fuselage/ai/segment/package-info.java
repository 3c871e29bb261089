/**
 * Pre-labelling for point segmentation: {@link GroundEstimator} finds the ground of a lidar scan so one action can
 * label it (then refined by brushing).
 */
package dev.fuselage.ai.segment;
