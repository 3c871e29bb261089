package dev.fuselage.render.gl;

import static org.lwjgl.opengl.GL11.GL_COLOR_BUFFER_BIT;
import static org.lwjgl.opengl.GL11.GL_DEPTH_BUFFER_BIT;
import static org.lwjgl.opengl.GL11.GL_DEPTH_TEST;
import static org.lwjgl.opengl.GL11.GL_FLOAT;
import static org.lwjgl.opengl.GL11.GL_LESS;
import static org.lwjgl.opengl.GL11.GL_LINES;
import static org.lwjgl.opengl.GL11.GL_NO_ERROR;
import static org.lwjgl.opengl.GL11.GL_POINTS;
import static org.lwjgl.opengl.GL11.GL_RGBA8;
import static org.lwjgl.opengl.GL11.GL_UNSIGNED_BYTE;
import static org.lwjgl.opengl.GL11.glClear;
import static org.lwjgl.opengl.GL11.glClearColor;
import static org.lwjgl.opengl.GL11.glDepthFunc;
import static org.lwjgl.opengl.GL11.glDrawArrays;
import static org.lwjgl.opengl.GL11.glEnable;
import static org.lwjgl.opengl.GL11.glGetError;
import static org.lwjgl.opengl.GL11.glReadPixels;
import static org.lwjgl.opengl.GL11.glViewport;
import static org.lwjgl.opengl.GL12.GL_BGRA;
import static org.lwjgl.opengl.GL12.GL_UNSIGNED_INT_8_8_8_8_REV;
import static org.lwjgl.opengl.GL14.glMultiDrawArrays;
import static org.lwjgl.opengl.GL15.GL_ARRAY_BUFFER;
import static org.lwjgl.opengl.GL15.GL_STATIC_DRAW;
import static org.lwjgl.opengl.GL15.glBindBuffer;
import static org.lwjgl.opengl.GL15.glBufferData;
import static org.lwjgl.opengl.GL20.glEnableVertexAttribArray;
import static org.lwjgl.opengl.GL20.glUniform1f;
import static org.lwjgl.opengl.GL20.glUniformMatrix4fv;
import static org.lwjgl.opengl.GL20.glUseProgram;
import static org.lwjgl.opengl.GL20.glVertexAttribPointer;
import static org.lwjgl.opengl.GL30.GL_COLOR_ATTACHMENT0;
import static org.lwjgl.opengl.GL30.GL_DEPTH_ATTACHMENT;
import static org.lwjgl.opengl.GL30.GL_DEPTH_COMPONENT24;
import static org.lwjgl.opengl.GL30.GL_FRAMEBUFFER;
import static org.lwjgl.opengl.GL30.GL_FRAMEBUFFER_COMPLETE;
import static org.lwjgl.opengl.GL30.GL_RENDERBUFFER;
import static org.lwjgl.opengl.GL30.glBindFramebuffer;
import static org.lwjgl.opengl.GL30.glBindRenderbuffer;
import static org.lwjgl.opengl.GL30.glBindVertexArray;
import static org.lwjgl.opengl.GL30.glCheckFramebufferStatus;
import static org.lwjgl.opengl.GL30.glFramebufferRenderbuffer;
import static org.lwjgl.opengl.GL30.glRenderbufferStorage;
import static org.lwjgl.opengl.GL32.GL_PROGRAM_POINT_SIZE;

import dev.fuselage.render.Backend;
import dev.fuselage.render.FrameBuffers;
import dev.fuselage.render.FrameImage;
import dev.fuselage.render.FramePlan;
import dev.fuselage.render.RenderLoop;
import dev.fuselage.render.Renderer;
import dev.fuselage.render.camera.RenderCamera;
import dev.fuselage.render.scene.ColorBuffer;
import dev.fuselage.render.scene.LineBatch;
import dev.fuselage.render.scene.LodSelection;
import dev.fuselage.render.scene.PreparedCloud;
import dev.fuselage.render.scene.Scene;
import dev.fuselage.render.scene.SceneCloud;
import dev.fuselage.render.scene.SceneSnapshot;
import dev.fuselage.render.scene.SplatSizes;
import java.nio.ByteBuffer;
import java.nio.FloatBuffer;
import java.nio.IntBuffer;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.joml.Matrix4f;
import org.lwjgl.system.MemoryUtil;

/**
 * The OpenGL backend. One {@link RenderLoop} thread creates the context ({@link GlContext#createCurrent}) and is
 * the only thread that ever calls GL; GL-touching methods check it ({@link GlThread}). Clouds are uploaded once
 * to vertex buffers in their Morton/LOD order, colours updated in place, and the same {@link LodSelection} as
 * the CPU backend is drawn with {@code glMultiDrawArrays}. Frames render into an FBO and are read back with
 * {@code glReadPixels} in BGRA/INT_8_8_8_8_REV — ARGB ints — with the rows flipped to top-down.
 *
 * <p>Moving frames draw spans of each splat size (see {@link SplatSizes}) as one multi-draw per size. Refinement
 * steps of a progressive still frame are drawn as a whole full-detail frame: on a GPU that is one fast draw, and
 * with GL's first-wins depth test (unlike the CPU backend's nearest-then-smallest key) drawing in another order
 * could change which of two equally deep points shows.
 */
public final class GlRenderer implements Renderer {
    private final Scene scene;
    private final RenderLoop loop;
    private final FrameBuffers output = new FrameBuffers();
    private final Matrix4f mvp = new Matrix4f();
    private final Map<SceneCloud, GlCloud> clouds = new IdentityHashMap<>();
    private final Map<SceneCloud, LodSelection> selections = new IdentityHashMap<>();
    private GlContext context;
    private GlThread glThread;
    private GlResources res;
    private GlInfo info;
    private int program;
    private int uMvp;
    private int uPointSize;
    private int fbo;
    private int colorRb;
    private int depthRb;
    private int fboWidth;
    private int fboHeight;
    private ByteBuffer readback;
    private int lineVao;
    private int linePositions;
    private int lineColors;
    private LineBatch uploadedLines;
    private IntBuffer firsts = MemoryUtil.memAllocInt(1024);
    private IntBuffer counts = MemoryUtil.memAllocInt(1024);
    private final FloatBuffer matrix = MemoryUtil.memAllocFloat(16);
    private int[] sizeFirsts = new int[0];
    private int[] sizeCounts = new int[0];

    /**
     * Creates the render thread and its context.
     *
     * @throws GlUnavailableException when no context can be created (the message lists why)
     */
    public GlRenderer(Scene scene) {
        this.scene = scene;
        this.loop = new RenderLoop("fuselage-gl-render", scene, this::draw);
        try {
            loop.call(() -> {
                init();
                return null;
            });
        } catch (RuntimeException | Error e) {
            loop.close(this::freeNative);
            throw e;
        }
    }

    private void init() {
        context = GlContext.createCurrent();
        glThread = new GlThread();
        res = new GlResources(glThread);
        info = GlProbe.query(context);
        program = GlProgram.build(res, "points.vert", "points.frag");
        uMvp = GlProgram.uniform(program, "mvp");
        uPointSize = GlProgram.uniform(program, "pointSize");
        lineVao = res.genVertexArray();
        linePositions = res.genBuffer();
        lineColors = res.genBuffer();
        glEnable(GL_DEPTH_TEST);
        glDepthFunc(GL_LESS);
        glEnable(GL_PROGRAM_POINT_SIZE);
    }

    @Override
    public Backend backend() {
        return Backend.GL;
    }

    @Override
    public String description() {
        return info.toString();
    }

    /** What the context reports. */
    public GlInfo info() {
        return info;
    }

    @Override
    public Scene scene() {
        return scene;
    }

    /** The GL object factory and live-handle counter (its GL methods work only on the render thread). */
    public GlResources resources() {
        return res;
    }

    @Override
    public CompletableFuture<FrameImage> requestFrame(RenderCamera camera, boolean interactive) {
        return loop.request(camera, interactive);
    }

    @Override
    public FrameImage renderNow(RenderCamera camera, boolean interactive) {
        return loop.renderNow(camera, interactive);
    }

    @Override
    public void setFrameTarget(double millis) {
        loop.setFrameTarget(millis);
    }

    @Override
    public double frameTarget() {
        return loop.frameTarget();
    }

    /** Draws one frame; render thread only. */
    FrameImage draw(SceneSnapshot snap, RenderCamera camera, FramePlan plan) {
        boolean interactive = plan.kind() == FramePlan.Kind.MOVING;
        glThread.check();
        long start = System.nanoTime();
        int w = camera.width(), h = camera.height();
        ensureFramebuffer(w, h);
        releaseRemovedClouds(snap);
        glBindFramebuffer(GL_FRAMEBUFFER, fbo);
        glViewport(0, 0, w, h);
        int bg = snap.background();
        glClearColor(((bg >> 16) & 0xFF) / 255f, ((bg >> 8) & 0xFF) / 255f, (bg & 0xFF) / 255f, 1f);
        glClear(GL_COLOR_BUFFER_BIT | GL_DEPTH_BUFFER_BIT);
        glUseProgram(program);
        int pointSize = snap.style().pointSize();
        glUniform1f(uPointSize, pointSize);
        float pixelScale = 0.5f * h * (float) camera.projection().m11();

        long total = 0;
        for (SceneCloud c : snap.clouds()) {
            total += c.prepared().size();
        }
        long drawn = 0;
        long visible = 0;
        for (SceneCloud cloud : snap.clouds()) {
            PreparedCloud p = cloud.prepared();
            GlCloud gc = clouds.computeIfAbsent(cloud, k -> new GlCloud(res, glThread, p));
            ColorBuffer colors = cloud.acquireColors(snap.style(), snap.background());
            try {
                gc.updateColors(colors);
            } finally {
                cloud.releaseColors(colors);
            }
            int budget = interactive && total > plan.points()
                    ? (int) Math.max(1, (long) plan.points() * p.size() / total) : Integer.MAX_VALUE;
            camera.mvp(p.originX(), p.originY(), p.originZ(), mvp);
            LodSelection sel = selections.computeIfAbsent(cloud, k -> new LodSelection());
            p.lod().select(mvp, budget, sel);
            if (interactive) {
                SplatSizes.assign(p.lod(), sel, mvp, pixelScale, SplatSizes.maxMovingSize(pointSize));
            }
            glUniformMatrix4fv(uMvp, false, mvp.get(matrix));
            glBindVertexArray(gc.vao);
            drawSpans(sel, pointSize);
            drawn += sel.points();
            visible += sel.visible();
        }
        glUniform1f(uPointSize, pointSize);
        drawLines(snap.lines(), camera);
        glBindVertexArray(0);

        IntBuffer out = output.acquire(w, h);
        glReadPixels(0, 0, w, h, GL_BGRA, GL_UNSIGNED_INT_8_8_8_8_REV, readback);
        // GL rows are bottom-up, FrameImage rows top-down
        long src = MemoryUtil.memAddress(readback), dst = MemoryUtil.memAddress(output.acquiredBytes());
        long stride = 4L * w;
        for (int row = 0; row < h; row++) {
            MemoryUtil.memCopy(src + row * stride, dst + (h - 1 - row) * stride, stride);
        }
        int err = glGetError();
        if (err != GL_NO_ERROR) {
            throw new IllegalStateException("GL error 0x" + Integer.toHexString(err) + " while drawing");
        }
        return output.publish(snap.version(), camera, drawn, visible, plan, !interactive, start);
    }

    private void drawSpans(LodSelection sel, int pointSize) {
        int n = sel.spans();
        if (n == 0) {
            return;
        }
        byte[] sizes = sel.sizes();
        if (sizes == null) {
            multiDraw(sel.first(), sel.count(), n);
            return;
        }
        // one multi-draw per splat size; the spans of one size are gathered into the front of scratch arrays
        if (sizeFirsts.length < n) {
            sizeFirsts = new int[sel.first().length];
            sizeCounts = new int[sizeFirsts.length];
        }
        int[] f = sizeFirsts, c = sizeCounts;
        for (int size = 1; size <= SplatSizes.maxMovingSize(pointSize); size++) {
            int k = 0;
            for (int s = 0; s < n; s++) {
                if (sizes[s] == size) {
                    f[k] = sel.first()[s];
                    c[k++] = sel.count()[s];
                }
            }
            if (k > 0) {
                glUniform1f(uPointSize, size);
                multiDraw(f, c, k);
            }
        }
    }

    private void multiDraw(int[] first, int[] count, int n) {
        if (firsts.capacity() < n) {
            MemoryUtil.memFree(firsts);
            MemoryUtil.memFree(counts);
            firsts = MemoryUtil.memAllocInt(Integer.highestOneBit(n) << 1);
            counts = MemoryUtil.memAllocInt(firsts.capacity());
        }
        firsts.clear();
        counts.clear();
        firsts.put(first, 0, n).flip();
        counts.put(count, 0, n).flip();
        glMultiDrawArrays(GL_POINTS, firsts, counts);
    }

    private void drawLines(LineBatch lines, RenderCamera camera) {
        if (lines.segments() == 0) {
            return;
        }
        glBindVertexArray(lineVao);
        if (lines != uploadedLines) {
            int[] perVertex = new int[2 * lines.segments()];
            for (int s = 0; s < lines.segments(); s++) {
                perVertex[2 * s] = lines.argb()[s];
                perVertex[2 * s + 1] = lines.argb()[s];
            }
            glBindBuffer(GL_ARRAY_BUFFER, linePositions);
            glBufferData(GL_ARRAY_BUFFER, lines.xyz(), GL_STATIC_DRAW);
            glVertexAttribPointer(0, 3, GL_FLOAT, false, 12, 0);
            glEnableVertexAttribArray(0);
            glBindBuffer(GL_ARRAY_BUFFER, lineColors);
            glBufferData(GL_ARRAY_BUFFER, perVertex, GL_STATIC_DRAW);
            glVertexAttribPointer(1, GL_BGRA, GL_UNSIGNED_BYTE, true, 4, 0);
            glEnableVertexAttribArray(1);
            uploadedLines = lines;
        }
        camera.mvp(lines.anchorX(), lines.anchorY(), lines.anchorZ(), mvp);
        glUniformMatrix4fv(uMvp, false, mvp.get(matrix));
        glDrawArrays(GL_LINES, 0, 2 * lines.segments());
    }

    private void ensureFramebuffer(int w, int h) {
        if (fbo != 0 && w == fboWidth && h == fboHeight) {
            return;
        }
        deleteFramebuffer();
        fbo = res.genFramebuffer();
        colorRb = res.genRenderbuffer();
        depthRb = res.genRenderbuffer();
        glBindRenderbuffer(GL_RENDERBUFFER, colorRb);
        glRenderbufferStorage(GL_RENDERBUFFER, GL_RGBA8, w, h);
        glBindRenderbuffer(GL_RENDERBUFFER, depthRb);
        glRenderbufferStorage(GL_RENDERBUFFER, GL_DEPTH_COMPONENT24, w, h);
        glBindFramebuffer(GL_FRAMEBUFFER, fbo);
        glFramebufferRenderbuffer(GL_FRAMEBUFFER, GL_COLOR_ATTACHMENT0, GL_RENDERBUFFER, colorRb);
        glFramebufferRenderbuffer(GL_FRAMEBUFFER, GL_DEPTH_ATTACHMENT, GL_RENDERBUFFER, depthRb);
        int status = glCheckFramebufferStatus(GL_FRAMEBUFFER);
        if (status != GL_FRAMEBUFFER_COMPLETE) {
            throw new IllegalStateException("framebuffer incomplete: 0x" + Integer.toHexString(status));
        }
        fboWidth = w;
        fboHeight = h;
        if (readback != null) {
            MemoryUtil.memFree(readback);
        }
        readback = MemoryUtil.memAlloc(4 * w * h);
    }

    private void deleteFramebuffer() {
        if (fbo != 0) {
            glBindFramebuffer(GL_FRAMEBUFFER, 0);
            res.deleteFramebuffer(fbo);
            res.deleteRenderbuffer(colorRb);
            res.deleteRenderbuffer(depthRb);
            fbo = 0;
        }
    }

    private void releaseRemovedClouds(SceneSnapshot snap) {
        HashSet<SceneCloud> present = new HashSet<>(snap.clouds());
        for (Iterator<Map.Entry<SceneCloud, GlCloud>> it = clouds.entrySet().iterator(); it.hasNext(); ) {
            Map.Entry<SceneCloud, GlCloud> e = it.next();
            if (!present.contains(e.getKey())) {
                e.getValue().delete();
                it.remove();
            }
        }
        selections.keySet().retainAll(present);
    }

    private void freeGl() {
        if (res != null) {
            clouds.values().forEach(GlCloud::delete);
            clouds.clear();
            selections.clear();
            deleteFramebuffer();
            res.deleteVertexArray(lineVao);
            res.deleteBuffer(linePositions);
            res.deleteBuffer(lineColors);
            res.deleteProgram(program);
        }
        if (context != null) {
            context.close();
            context = null;
        }
    }

    private void freeNative() {
        MemoryUtil.memFree(firsts);
        MemoryUtil.memFree(counts);
        MemoryUtil.memFree(matrix);
        if (readback != null) {
            MemoryUtil.memFree(readback);
            readback = null;
        }
    }

    @Override
    public void close() {
        loop.close(() -> {
            freeGl();
            freeNative();
        });
    }
}
