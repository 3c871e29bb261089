package dev.fuselage.core.annotation;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The objects of one frame, in a stable order (by id), as read at one moment.
 *
 * @param frameId the frame
 * @param objects its boxes
 */
public record FrameAnnotations(String frameId, List<ObjectAnnotation> objects) {
    public FrameAnnotations {
        Objects.requireNonNull(frameId, "frameId");
        objects = List.copyOf(objects);
        for (ObjectAnnotation o : objects) {
            if (!o.frameId().equals(frameId)) {
                throw new IllegalArgumentException("object " + o.id() + " belongs to frame '" + o.frameId()
                        + "', not '" + frameId + "'");
            }
        }
    }

    public Optional<ObjectAnnotation> object(ObjectId id) {
        return objects.stream().filter(o -> o.id().equals(id)).findFirst();
    }

    public Optional<ObjectAnnotation> byTrack(TrackId track) {
        return objects.stream().filter(o -> o.trackId().equals(track)).findFirst();
    }

    public int size() {
        return objects.size();
    }
}
