package dev.fuselage.fusion.rig;

import dev.fuselage.fusion.camera.CameraModel;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The cameras of one sensor rig, in file order, with unique names; all share the rig's lidar frame. */
public record CameraRig(List<CameraModel> cameras) {
    public CameraRig {
        cameras = List.copyOf(cameras);
        Set<String> seen = new HashSet<>();
        for (CameraModel c : cameras) {
            if (!seen.add(c.name())) {
                throw new IllegalArgumentException("camera name '" + c.name() + "' appears twice");
            }
        }
    }

    /** The camera called {@code name}. */
    public Optional<CameraModel> camera(String name) {
        return cameras.stream().filter(c -> c.name().equals(name)).findFirst();
    }

    /** Camera names in rig order. */
    public List<String> names() {
        return cameras.stream().map(CameraModel::name).toList();
    }

    public int size() {
        return cameras.size();
    }
}
