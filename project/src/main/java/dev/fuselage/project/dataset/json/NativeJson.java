package dev.fuselage.project.dataset.json;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/**
 * The native JSON layout ({@value #FILE}): {@code format}, {@code version}, {@code project} (name, ontology,
 * sources with absolute paths), {@code frames} in sequence order, {@code objects} (box as its nine exact doubles; {@code score} only on
 * pre-labels),
 * {@code imageAnnotations}, {@code pointLabels} (the store's own encoding, base64), {@code comments},
 * {@code importedViews} (how imported objects looked in their file: order, cuboid, 2D box, alpha; absent in older
 * files), {@code reviews} and their details {@code reviewReasons} and {@code commentPins} ({@link ReviewJson}).
 * Lists are in a fixed order, so equal projects give byte-identical files. The edit log is
 * history, not content, and is not exported.
 */
final class NativeJson {
    static final String FILE = "fuselage-project.json";
    static final String FORMAT = "fuselage-project";
    static final int VERSION = 1;

    static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT);

    private NativeJson() {
    }
}
