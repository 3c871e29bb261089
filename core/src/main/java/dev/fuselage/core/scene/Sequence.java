package dev.fuselage.core.scene;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** An ordered, immutable list of frames with lookup by id. */
public final class Sequence {
    private final String name;
    private final List<Frame> frames;
    private final Map<String, Integer> indexById = new HashMap<>();

    public Sequence(String name, List<Frame> frames) {
        this.name = Objects.requireNonNull(name, "name");
        this.frames = List.copyOf(frames);
        for (int i = 0; i < this.frames.size(); i++) {
            if (indexById.putIfAbsent(this.frames.get(i).id(), i) != null) {
                throw new IllegalArgumentException("duplicate frame id '" + this.frames.get(i).id() + "' in " + name);
            }
        }
    }

    public String name() {
        return name;
    }

    public List<Frame> frames() {
        return frames;
    }

    public int size() {
        return frames.size();
    }

    public Frame get(int index) {
        return frames.get(index);
    }

    /** Position of the frame with this id, or -1. */
    public int indexOf(String id) {
        return indexById.getOrDefault(id, -1);
    }

    public Optional<Frame> byId(String id) {
        int i = indexOf(id);
        return i < 0 ? Optional.empty() : Optional.of(frames.get(i));
    }
}
