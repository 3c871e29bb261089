package dev.fuselage.project.dataset;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.fuselage.testkit.TestData;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * ASAM's official OpenLABEL 1.0.0 JSON Schema ({@code ../shared/data/openlabel}) checked by a real draft-07
 * validator (networknt json-schema-validator): the judge of the OpenLABEL tests.
 */
final class OpenLabelSchema {
    private static final Schema SCHEMA = load();

    private OpenLabelSchema() {
    }

    private static Schema load() {
        try {
            String text = Files.readString(TestData.file("openlabel/openlabel_json_schema-v1.0.0.json"));
            return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7).getSchema(text, InputFormat.JSON);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What the schema finds wrong with a document; empty when it is valid. */
    static List<String> problems(String json) {
        return SCHEMA.validate(json, InputFormat.JSON).stream().map(Error::toString).toList();
    }

    /** What the schema finds wrong with a file. */
    static List<String> problems(Path file) throws IOException {
        return problems(Files.readString(file));
    }
}
