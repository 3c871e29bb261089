package dev.fuselage.project.dataset;

/**
 * What an import added to a project.
 *
 * @param frames          frames that received labels
 * @param objects         3D objects (cuboids) added
 * @param imageBoxes      2D boxes added (COCO boxes, KITTI DontCare regions, OpenLABEL boxes without a cuboid)
 * @param pointLabelled   frames that received per-point labels (SemanticKITTI {@code .label} files)
 */
public record ImportResult(int frames, int objects, int imageBoxes, int pointLabelled) {
    /** An import of cuboids and 2D boxes only. */
    public ImportResult(int frames, int objects, int imageBoxes) {
        this(frames, objects, imageBoxes, 0);
    }

    /** {@code 7 objects, 6 2D boxes in 4 frames}, plus {@code , point labels for 1 frame} when there are any. */
    public String summary() {
        String s = objects + " objects, " + imageBoxes + " 2D boxes in " + frames + " frames";
        return pointLabelled == 0 ? s : s + ", point labels for " + pointLabelled + " of " + frames + " scans";
    }
}
