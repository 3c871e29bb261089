package dev.fuselage.render.gl;

import static org.lwjgl.opengl.GL11.GL_FLOAT;
import static org.lwjgl.opengl.GL11.GL_UNSIGNED_BYTE;
import static org.lwjgl.opengl.GL12.GL_BGRA;
import static org.lwjgl.opengl.GL15.GL_ARRAY_BUFFER;
import static org.lwjgl.opengl.GL15.GL_DYNAMIC_DRAW;
import static org.lwjgl.opengl.GL15.GL_STATIC_DRAW;
import static org.lwjgl.opengl.GL15.glBindBuffer;
import static org.lwjgl.opengl.GL15.glBufferData;
import static org.lwjgl.opengl.GL15.glBufferSubData;
import static org.lwjgl.opengl.GL20.glEnableVertexAttribArray;
import static org.lwjgl.opengl.GL20.glVertexAttribPointer;
import static org.lwjgl.opengl.GL30.glBindVertexArray;

import dev.fuselage.render.scene.ColorBuffer;
import dev.fuselage.render.scene.PreparedCloud;
import java.nio.FloatBuffer;
import org.lwjgl.system.MemoryUtil;

/**
 * One cloud's GPU state: a vertex array with an interleaved xyz position buffer (uploaded once) and a colour
 * buffer updated in place with {@code glBufferSubData} when the cloud's colours change.
 */
final class GlCloud {
    private static final int UPLOAD_CHUNK = 1 << 20;
    final int vao;
    private final int positions;
    private final int colors;
    private final GlResources res;
    private final GlThread glThread;
    private long colorStamp = -1;

    GlCloud(GlResources res, GlThread glThread, PreparedCloud p) {
        glThread.check();
        this.res = res;
        this.glThread = glThread;
        vao = res.genVertexArray();
        positions = res.genBuffer();
        colors = res.genBuffer();
        glBindVertexArray(vao);
        int n = p.size();
        glBindBuffer(GL_ARRAY_BUFFER, positions);
        glBufferData(GL_ARRAY_BUFFER, 12L * n, GL_STATIC_DRAW);
        // interleave in 1 M-point slices: a bounded native staging buffer, even for 50 M points
        FloatBuffer staging = MemoryUtil.memAllocFloat(3 * Math.min(n, UPLOAD_CHUNK));
        try {
            float[] x = p.x(), y = p.y(), z = p.z();
            for (int start = 0; start < n; start += UPLOAD_CHUNK) {
                int end = Math.min(n, start + UPLOAD_CHUNK);
                staging.clear();
                for (int i = start; i < end; i++) {
                    staging.put(x[i]).put(y[i]).put(z[i]);
                }
                staging.flip();
                glBufferSubData(GL_ARRAY_BUFFER, 12L * start, staging);
            }
        } finally {
            MemoryUtil.memFree(staging);
        }
        glVertexAttribPointer(0, 3, GL_FLOAT, false, 12, 0);
        glEnableVertexAttribArray(0);
        glBindBuffer(GL_ARRAY_BUFFER, colors);
        glBufferData(GL_ARRAY_BUFFER, 4L * n, GL_DYNAMIC_DRAW);
        glVertexAttribPointer(1, GL_BGRA, GL_UNSIGNED_BYTE, true, 4, 0);
        glEnableVertexAttribArray(1);
        glBindVertexArray(0);
    }

    /** Uploads the colours if they changed since the last upload. */
    void updateColors(ColorBuffer c) {
        glThread.check();
        if (c.stamp() == colorStamp) {
            return;
        }
        glBindBuffer(GL_ARRAY_BUFFER, colors);
        if (c.isPartialOf(colorStamp)) {
            uploadRuns(c.argb(), c.changed()); // a brush dab: only its points, not the whole buffer
        } else {
            glBufferSubData(GL_ARRAY_BUFFER, 0, c.argb());
        }
        colorStamp = c.stamp();
    }

    /** Uploads the runs of consecutive positions of an ascending list, one sub-upload per run. */
    private static void uploadRuns(int[] argb, int[] positions) {
        int k = 0;
        while (k < positions.length) {
            int start = positions[k], end = start + 1;
            while (++k < positions.length && positions[k] == end) {
                end++;
            }
            glBufferSubData(GL_ARRAY_BUFFER, 4L * start, java.util.Arrays.copyOfRange(argb, start, end));
        }
    }

    void delete() {
        res.deleteVertexArray(vao);
        res.deleteBuffer(positions);
        res.deleteBuffer(colors);
    }
}
