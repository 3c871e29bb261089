/**
 * Local pre-labeling (issue 12). The entry points for the project layer and the GUI:
 * <ul>
 *   <li>{@link dev.fuselage.ai.PreLabeler} — boxes for one frame ({@link dev.fuselage.ai.PreLabelInput}: scan and
 *       calibrated camera images) as {@link dev.fuselage.ai.PreLabel}s (class, cuboid, score), which
 *       {@link dev.fuselage.ai.PreLabel#toAnnotation} turns into unconfirmed {@code PRE_LABEL} annotations; built by
 *       {@link dev.fuselage.ai.PreLabelers} (YOLOX + lifting, or geometric).</li>
 *   <li>{@link dev.fuselage.ai.model} — the model folder ({@code ModelRegistry}), descriptors, and the
 *       {@code ModelRuntime} that opens each ONNX session once.</li>
 *   <li>{@link dev.fuselage.ai.fit.OneClickFit} — a click → the object's cuboid; refit a box to its points;
 *       {@link dev.fuselage.ai.fit.BoxFitter} — height and ground for a box drawn in the bird's-eye view.</li>
 *   <li>{@link dev.fuselage.ai.track.KeyframeInterpolation} and {@link dev.fuselage.ai.track.Propagator} with
 *       {@link dev.fuselage.ai.track.EgoPose} — boxes between keyframes and into the next frame.</li>
 * </ul>
 * Everything here is CPU work of tens to hundreds of milliseconds: call it from background tasks, never from the UI
 * thread. Depends on core, fusion and ontology only.
 */
package dev.fuselage.ai;
