package dev.fuselage.io.ply;

import dev.fuselage.core.cloud.PointCloud;
import dev.fuselage.io.FormatException;
import dev.fuselage.io.PointCloudFormat;
import dev.fuselage.io.PointCloudWriter;
import dev.fuselage.io.WriteOptions;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Optional;

/**
 * Stanford PLY ({@code .ply}), as written by PCL, Open3D, CloudCompare, PDAL, VCGLib and MeshLab: {@code ascii},
 * {@code binary_little_endian} and {@code binary_big_endian}, both families of type names.
 *
 * <p><b>Reading.</b> The {@code vertex} element becomes the cloud: {@code x y z} (any numeric type; see
 * {@link VertexSchema} for how {@code double} positions get an origin) and every other scalar vertex property a
 * column of its own name and type ({@code red green blue} stay separate {@code uchar} columns: lossless;
 * {@code intensity}/{@code scalar_intensity} become the standard {@code intensity} column). List properties and
 * every other element (faces, PCL's {@code camera}, ...) are skipped, in any position and encoding. Comments and
 * {@code obj_info} lines are kept in the metadata. A file without a vertex element, a vertex element without
 * {@code x y z}, counts the data cannot hold, unknown types and non-finite coordinates are {@link FormatException}s.
 *
 * <p><b>Writing.</b> {@code binary_little_endian} by default, or the encoding {@link WriteOptions} names
 * ({@code ascii}, {@code binary_little_endian}, {@code binary_big_endian}); see {@link PlyWriter} for the types.
 */
public final class PlyFormat implements PointCloudFormat, PointCloudWriter {
    @Override
    public String name() {
        return "ply";
    }

    @Override
    public List<String> extensions() {
        return List.of("ply");
    }

    /** A PLY file starts with the line {@code ply} (some writers leave a blank before the line end). */
    @Override
    public boolean sniff(byte[] head, int length) {
        if (length < 4 || head[0] != 'p' || head[1] != 'l' || head[2] != 'y') {
            return false;
        }
        return head[3] == '\n' || head[3] == ' ' || (head[3] == '\r' && length >= 5 && head[4] == '\n');
    }

    @Override
    public Optional<PointCloudWriter> writer() {
        return Optional.of(this);
    }

    @Override
    public PointCloud read(Path file) throws IOException {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            PlyHeader header = PlyHeader.read(file, ch);
            if (header.vertexIndex() < 0) {
                throw new FormatException(file, "no vertex element (the header declares "
                        + (header.elements().isEmpty() ? "no elements" : "only " + elementNames(header)) + ")");
            }
            VertexSchema schema = header.encoding().isBinary()
                    ? new BinaryVertexDecoder(file, ch, header).decode()
                    : new AsciiVertexDecoder(file, ch, header).decode();
            schema.requireFinite(file);
            PointCloud cloud = schema.cloud;
            cloud.metadata().put("format", name());
            cloud.metadata().put("ply.encoding", header.encoding().headerName());
            if (!header.comments().isEmpty()) {
                cloud.metadata().put("ply.comments", String.join("\n", header.comments()));
            }
            if (!header.objInfo().isEmpty()) {
                cloud.metadata().put("ply.obj_info", String.join("\n", header.objInfo()));
            }
            return cloud;
        }
    }

    private static String elementNames(PlyHeader header) {
        StringBuilder sb = new StringBuilder();
        for (PlyElement e : header.elements()) {
            sb.append(sb.length() == 0 ? "" : ", ").append('\'').append(e.name()).append('\'');
        }
        return sb.toString();
    }

    @Override
    public void write(PointCloud cloud, Path file, WriteOptions options) throws IOException {
        String name = options.encoding().orElse(PlyEncoding.BINARY_LITTLE_ENDIAN.headerName());
        PlyEncoding encoding = PlyEncoding.byName(name);
        if (encoding == null) {
            throw new FormatException(file, "unknown PLY encoding '" + name
                    + "' (ascii, binary_little_endian or binary_big_endian)");
        }
        new PlyWriter(cloud, file, encoding).write();
    }
}
