package dev.fuselage.render.scene;

/** Names a cloud added to a {@link Scene}; valid until removed. */
public record CloudHandle(int id) {
}
