package dev.fuselage.io.las;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fuselage.core.cloud.ScalarType;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RecordLayoutTest {
    private static List<ExtraBytesDescriptor> fpfh(int components) {
        List<ExtraBytesDescriptor> list = new ArrayList<>();
        for (int c = 0; c < components; c++) {
            list.add(ExtraBytesDescriptor.create("fpfh[" + c + "]", ScalarType.FLOAT32, "fpfh"));
        }
        return list;
    }

    @Test
    void indexedDescriptorsJoinIntoOneColumn() {
        List<String> warnings = new ArrayList<>();
        List<RecordLayout.Spec> specs = RecordLayout.extra(20, 40, fpfh(5), Set.of(), warnings);
        assertEquals(1, specs.size());
        assertEquals("fpfh", specs.get(0).name());
        assertEquals(5, specs.get(0).components());
        assertTrue(warnings.isEmpty());
    }

    /** Found by the fuzzer: records cut short in the middle of a joined run read past the record. */
    @Test
    void aRunCutShortByTheRecordKeepsWhatFits() {
        List<String> warnings = new ArrayList<>();
        List<RecordLayout.Spec> specs = RecordLayout.extra(20, 34, fpfh(5), Set.of(), warnings);
        assertEquals("fpfh", specs.get(0).name());
        assertEquals(3, specs.get(0).components());
        assertEquals(LasColumns.EXTRA_BYTES, specs.get(1).name());
        assertEquals(2, specs.get(1).components(), "the 2 bytes left over stay opaque");
        assertTrue(warnings.get(0).contains("'fpfh[3]' needs 4 bytes"), warnings.toString());
    }
}
