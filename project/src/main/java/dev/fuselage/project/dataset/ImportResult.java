package dev.fuselage.project.dataset;

/**
 * What an import added to a project.
 *
 * @param frames     frames that received labels
 * @param objects    3D objects (cuboids) added
 * @param imageBoxes 2D boxes added (COCO boxes, KITTI DontCare regions, OpenLABEL boxes without a cuboid)
 */
public record ImportResult(int frames, int objects, int imageBoxes) {
    /** {@code 7 objects, 6 2D boxes in 4 frames}. */
    public String summary() {
        return objects + " objects, " + imageBoxes + " 2D boxes in " + frames + " frames";
    }
}
