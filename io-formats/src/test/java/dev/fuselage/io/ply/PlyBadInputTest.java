package dev.fuselage.io.ply;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fuselage.io.FormatException;
import dev.fuselage.testkit.TestData;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every kind of broken PLY file fails with a one-line FormatException naming the file and the problem. */
class PlyBadInputTest {
    private final PlyFormat ply = new PlyFormat();

    @TempDir
    Path dir;

    private String failure(String name, byte[] content) throws IOException {
        Path file = dir.resolve(name);
        Files.write(file, content);
        FormatException e = assertThrows(FormatException.class, () -> ply.read(file));
        assertTrue(e.getMessage().startsWith(name + ": "), e.getMessage());
        assertEquals(-1, e.getMessage().indexOf('\n'), "one line: " + e.getMessage());
        return e.problem();
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }

    private static PlyBuilder xyz(String encoding, long count) {
        return new PlyBuilder(encoding).element("vertex", count).property("float", "x").property("float", "y")
                .property("float", "z");
    }

    private static byte[] points(String encoding, long declared, int actual) {
        PlyBuilder b = xyz(encoding, declared);
        for (int i = 0; i < actual; i++) {
            b.value("float", i).value("float", i).value("float", i).endRecord();
        }
        return b.bytes();
    }

    @Test
    void truncatedBinaryNamesBothCounts() throws IOException {
        String problem = failure("short.ply", points("binary_little_endian", 100, 40));
        assertEquals("header says 100 vertices but the data holds 40", problem);
    }

    @Test
    void truncatedRealKittiFile() throws IOException {
        byte[] all = Files.readAllBytes(TestData.file("ply/kitti-testing-000000-binary.ply"));
        String problem = failure("kitti-cut.ply", Arrays.copyOf(all, all.length / 2));
        assertTrue(problem.startsWith("header says 125635 vertices but the data holds "), problem);
    }

    @Test
    void truncatedAscii() throws IOException {
        byte[] full = points("ascii", 5, 5);
        // keep the header and three whole lines
        String text = new String(full, StandardCharsets.US_ASCII);
        int cut = text.indexOf("3.0 3.0 3.0");
        String problem = failure("short-ascii.ply", Arrays.copyOf(full, cut));
        assertEquals("header says 5 vertices but the data holds 3", problem);
    }

    @Test
    void truncatedListVertices() throws IOException {
        PlyBuilder b = xyz("binary_big_endian", 4).list("uchar", "int", "idx");
        for (int i = 0; i < 2; i++) {
            b.value("float", 1).value("float", 2).value("float", 3).value("uchar", 2).value("int", 7).value("int", 8);
        }
        b.value("float", 1).value("float", 2).value("float", 3).value("uchar", 200).value("int", 7);
        assertEquals("header says 4 vertices but the data holds 2", failure("list-cut.ply", b.bytes()));
    }

    @Test
    void headerWithoutEndHeader() throws IOException {
        String problem = failure("open.ply", ascii("ply\nformat ascii 1.0\nelement vertex 1\nproperty float x\n"));
        assertTrue(problem.contains("no end_header"), problem);
    }

    @Test
    void garbage() throws IOException {
        byte[] junk = new byte[500];
        new java.util.Random(3).nextBytes(junk);
        junk[0] = 'G';
        String problem = failure("junk.ply", junk);
        assertTrue(problem.contains("not a PLY file"), problem);
    }

    @Test
    void emptyFile() throws IOException {
        assertTrue(failure("empty.ply", new byte[0]).contains("empty file"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"ascii", "binary_little_endian"})
    void negativeCount(String encoding) throws IOException {
        assertEquals("element 'vertex' has negative count -5", failure("neg.ply", points(encoding, -5, 0)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"ascii", "binary_little_endian", "binary_big_endian"})
    void hugeCountIsRejectedBeforeAllocating(String encoding) throws IOException {
        String problem = failure("huge.ply", points(encoding, 1L << 40, 3));
        assertTrue(problem.startsWith("header says 1099511627776 vertices but the data holds "), problem);
    }

    @Test
    void countJustAboveWhatTheFileHolds() throws IOException {
        assertEquals("header says 4 vertices but the data holds 3", failure("plus1.ply",
                points("binary_little_endian", 4, 3)));
    }

    @Test
    void hugeCountOfAnElementBeforeTheVertices() throws IOException {
        byte[] b = new PlyBuilder("binary_little_endian").element("face", 1L << 40).list("uchar", "int", "v")
                .element("vertex", 1).property("float", "x").property("float", "y").property("float", "z")
                .value("uchar", 0).bytes();
        String problem = failure("faces.ply", b);
        assertTrue(problem.startsWith("file ends inside element 'face'"), problem);
    }

    @Test
    void countThatIsNotANumber() throws IOException {
        String problem = failure("nan-count.ply", ascii("ply\nformat ascii 1.0\nelement vertex many\nend_header\n"));
        assertEquals("element 'vertex' has count 'many', not an integer", problem);
    }

    @Test
    void unknownTypeName() throws IOException {
        String problem = failure("type.ply", ascii("ply\nformat ascii 1.0\nelement vertex 1\nproperty float x\n"
                + "property float y\nproperty quad z\nend_header\n1 2 3\n"));
        assertEquals("unknown property type 'quad'", problem);
    }

    @Test
    void unknownEncodingAndVersion() throws IOException {
        assertTrue(failure("enc.ply", ascii("ply\nformat binary_middle_endian 1.0\nend_header\n"))
                .startsWith("unknown PLY encoding 'binary_middle_endian'"));
        assertEquals("unsupported PLY version '2.0' (only 1.0)",
                failure("ver.ply", ascii("ply\nformat ascii 2.0\nend_header\n")));
    }

    @Test
    void unknownHeaderKeyword() throws IOException {
        assertEquals("unknown header keyword 'elemnt' on line 3",
                failure("kw.ply", ascii("ply\nformat ascii 1.0\nelemnt vertex 1\nend_header\n")));
    }

    @Test
    void missingVertexElementAndMissingCoordinates() throws IOException {
        assertTrue(failure("nov.ply", ascii("ply\nformat ascii 1.0\nelement face 0\nproperty list uchar int v\n"
                + "end_header\n")).startsWith("no vertex element (the header declares only 'face')"));
        assertEquals("vertex element has no x property (it has a y z)", failure("nox.ply",
                ascii("ply\nformat ascii 1.0\nelement vertex 1\nproperty float a\nproperty float y\n"
                        + "property float z\nend_header\n1 2 3\n")));
        assertEquals("vertex property y is a list, not a coordinate", failure("listy.ply",
                ascii("ply\nformat ascii 1.0\nelement vertex 1\nproperty float x\nproperty list uchar float y\n"
                        + "property float z\nend_header\n1 1 2 3\n")));
    }

    @Test
    void duplicatePropertyAndElement() throws IOException {
        assertEquals("element 'vertex' declares property 'x' twice", failure("dup.ply",
                ascii("ply\nformat ascii 1.0\nelement vertex 1\nproperty float x\nproperty float x\nend_header\n")));
        assertEquals("element 'vertex' is declared twice", failure("dup2.ply",
                ascii("ply\nformat ascii 1.0\nelement vertex 0\nproperty float x\nelement vertex 0\nend_header\n")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"binary_little_endian", "binary_big_endian"})
    void absurdListLengthInVertex(String encoding) throws IOException {
        PlyBuilder b = xyz(encoding, 2).list("uint", "double", "history");
        b.value("float", 1).value("float", 2).value("float", 3).value("uint", 4_000_000_000L).value("double", 1);
        b.value("float", 1).value("float", 2).value("float", 3).value("uint", 0);
        assertEquals("header says 2 vertices but the data holds 0", failure("list.ply", b.bytes()));
    }

    @Test
    void absurdListLengthInAsciiVertex() throws IOException {
        String problem = failure("list-ascii.ply", ascii("ply\nformat ascii 1.0\nelement vertex 2\nproperty float x\n"
                + "property float y\nproperty float z\nproperty list uint int v\nend_header\n"
                + "1 2 3 4294967295 1 2\n4 5 6 0\n"));
        assertEquals("header says 2 vertices but the data holds 0", problem);
        assertTrue(failure("list-neg.ply", ascii("ply\nformat ascii 1.0\nelement vertex 1\nproperty float x\n"
                + "property float y\nproperty float z\nproperty list int int v\nend_header\n1 2 3 -1\n"))
                .contains("list 'v' has length '-1', not a count"));
    }

    @Test
    void negativeListLengthBeforeTheVertices() throws IOException {
        byte[] b = new PlyBuilder("binary_little_endian").element("face", 1).list("char", "int", "v")
                .element("vertex", 1).property("float", "x").property("float", "y").property("float", "z")
                .value("char", -3).value("float", 0).value("float", 0).value("float", 0).bytes();
        assertEquals("element 'face' has a list 'v' of negative length -3", failure("negl.ply", b));
    }

    @ParameterizedTest
    @ValueSource(strings = {"ascii", "binary_little_endian", "binary_big_endian"})
    void nonFiniteCoordinates(String encoding) throws IOException {
        for (float bad : new float[] {Float.NaN, Float.POSITIVE_INFINITY, Float.NEGATIVE_INFINITY}) {
            PlyBuilder b = xyz(encoding, 3);
            b.value("float", 0).value("float", 0).value("float", 0).endRecord();
            b.value("float", 1).value("float", bad).value("float", 0).endRecord();
            b.value("float", 2).value("float", 0).value("float", 0).endRecord();
            String problem = failure("nan.ply", b.bytes());
            assertTrue(problem.startsWith("vertex 1 has a non-finite coordinate (1.0, "), problem);
        }
    }

    @Test
    void doubleCoordinateBeyondFloatRangeIsNonFinite() throws IOException {
        String problem = failure("far.ply", ascii("ply\nformat ascii 1.0\nelement vertex 2\nproperty double x\n"
                + "property double y\nproperty double z\nend_header\n1 2 3\n1e300 -1e300 0\n"));
        assertTrue(problem.matches("vertex \\d: x = .* is too far from the origin .* to keep as a float32 offset"),
                problem);
    }

    @Test
    void asciiTokensThatAreNotNumbers() throws IOException {
        assertEquals("vertex 1: '1.5.5' is not a valid float32 for property y", failure("tok.ply",
                ascii("ply\nformat ascii 1.0\nelement vertex 2\nproperty float x\nproperty float y\nproperty float z\n"
                        + "end_header\n1 2 3\n4 1.5.5 6\n")));
        assertEquals("vertex 0: '300' is not a valid uint8 for property red", failure("range.ply",
                ascii("ply\nformat ascii 1.0\nelement vertex 1\nproperty float x\nproperty float y\nproperty float z\n"
                        + "property uchar red\nend_header\n1 2 3 300\n")));
        assertEquals("vertex 0: '2.5' is not a valid int32 for property id", failure("int.ply",
                ascii("ply\nformat ascii 1.0\nelement vertex 1\nproperty float x\nproperty float y\nproperty float z\n"
                        + "property int id\nend_header\n1 2 3 2.5\n")));
    }

    @Test
    void listCountTypeMustBeAnInteger() throws IOException {
        assertEquals("list count type 'float' on line 4 is not an integer type", failure("lct.ply",
                ascii("ply\nformat ascii 1.0\nelement face 1\nproperty list float int v\nend_header\n")));
    }

    @Test
    void propertyBeforeElementAndFormatMissing() throws IOException {
        assertEquals("property on line 3 comes before any element",
                failure("pb.ply", ascii("ply\nformat ascii 1.0\nproperty float x\nend_header\n")));
        assertEquals("header has no format line",
                failure("nf.ply", ascii("ply\nelement vertex 0\nproperty float x\nend_header\n")));
    }

    @Test
    void damageAfterTheVerticesIsOnlyAWarning() throws IOException {
        byte[] full = Files.readAllBytes(TestData.file("ply/kitti-testing-000000-binary.ply"));
        Path cut = dir.resolve("camera-cut.ply");
        Files.write(cut, Arrays.copyOf(full, full.length - 10)); // PCL's camera element loses 10 bytes
        var cloud = ply.read(cut);
        assertEquals(125635, cloud.size());
        assertEquals(java.util.List.of("file ends 10 bytes short of the elements after the vertices"), cloud.warnings());
        Path padded = dir.resolve("padded.ply");
        Files.write(padded, Arrays.copyOf(full, full.length + 3));
        assertEquals(java.util.List.of("3 bytes after the last element ignored"), ply.read(padded).warnings());
    }

    @Test
    void overlongAsciiToken() throws IOException {
        String problem = failure("long.ply", ascii("ply\nformat ascii 1.0\nelement vertex 1\nproperty float x\n"
                + "property float y\nproperty float z\nend_header\n1 2 " + "9".repeat(300_000) + "\n"));
        assertTrue(problem.startsWith("token longer than 4096 bytes"), problem);
    }
}
