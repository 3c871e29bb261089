package dev.fuselage.render.scene;

/**
 * Per-point ARGB colours of a prepared cloud, in sorted order. Alpha 0 marks a hidden point (filtered out); it is
 * neither drawn nor picked. {@code stamp} changes whenever the colours were recomputed, so a GPU backend knows to
 * re-upload its colour buffer. The array is never written after it is handed out.
 */
public record ColorBuffer(int[] argb, long stamp) {
}
