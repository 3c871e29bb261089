package dev.fuselage.render.scene;

/**
 * Line segments to draw with depth test: {@code xyz} holds 6 floats per segment (two endpoints) relative to the
 * anchor {@code (anchorX, anchorY, anchorZ)}, {@code argb} one colour per segment. Built once per scene change
 * by {@link SceneLines}; never written afterwards.
 */
public record LineBatch(float[] xyz, int[] argb, int segments, double anchorX, double anchorY, double anchorZ) {
    /** No lines. */
    public static final LineBatch EMPTY = new LineBatch(new float[0], new int[0], 0, 0, 0, 0);
}
