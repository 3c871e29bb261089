package dev.fuselage.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.fuselage.testkit.TestData;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CommandLineTest {
    record Result(int code, String out, String err) {
    }

    static Result run(String... args) {
        StringWriter out = new StringWriter(), err = new StringWriter();
        int code = FuselageCommand.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Result(code, out.toString(), err.toString());
    }

    @Test
    void infoJsonHasTheDocumentedKeys() throws Exception {
        Path scan = TestData.file("kitti/object/training/velodyne/000001.bin");
        Result r = run("info", scan.toString(), "--json");
        assertEquals(0, r.code(), r.err());
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertEquals("kitti-bin", json.get("format").asText());
        assertEquals(Files.size(scan) / 16, json.get("points").asLong());
        assertEquals("[\"x\",\"y\",\"z\",\"intensity\"]", json.get("fields").toString());
        assertEquals(3, json.get("bounds").get("min").size());
        assertTrue(json.get("bounds").get("min").get(0).asDouble() < json.get("bounds").get("max").get(0).asDouble());
    }

    @Test
    void infoTextNamesFormatAndCount() {
        Result r = run("info", TestData.file("kitti/object/testing/velodyne/000000.bin").toString());
        assertEquals(0, r.code());
        assertTrue(r.out().contains("points:  125635"), r.out());
    }

    @Test
    void errorsAreOneLineNamingTheFileWithoutStackTrace(@TempDir Path dir) throws Exception {
        byte[] bytes = Files.readAllBytes(TestData.file("kitti/object/training/velodyne/000000.bin"));
        Path cut = Files.write(dir.resolve("000000.bin"), Arrays.copyOf(bytes, 1000));
        Result r = run("info", cut.toString());
        assertEquals(1, r.code());
        assertEquals(1, r.err().strip().lines().count(), r.err());
        assertTrue(r.err().startsWith("000000.bin: size 1000 bytes is not a multiple of 16"), r.err());
        Result debug = run("--debug", "info", cut.toString());
        assertTrue(debug.err().contains("\tat "), "stack trace with --debug");
        Result unknown = run("info", Files.writeString(dir.resolve("notes.xyz"), "hello").toString());
        assertEquals(1, unknown.code());
        assertTrue(unknown.err().startsWith("notes.xyz: unknown point-cloud format"), unknown.err());
    }

    @Test
    void convertKeepsEveryPoint(@TempDir Path dir) throws Exception {
        Path scan = TestData.file("kitti/object/training/velodyne/000002.bin");
        Path out = dir.resolve("out.bin");
        Result r = run("convert", scan.toString(), out.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(Arrays.equals(Files.readAllBytes(scan), Files.readAllBytes(out)));
        Result bad = run("convert", scan.toString(), dir.resolve("out.txt").toString());
        assertEquals(1, bad.code());
        assertTrue(bad.err().startsWith("out.txt: cannot tell the output format"), bad.err());
        assertFalse(Files.exists(dir.resolve("out.txt")));
    }
}
