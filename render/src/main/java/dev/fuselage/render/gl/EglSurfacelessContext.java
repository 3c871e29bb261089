package dev.fuselage.render.gl;

import static org.lwjgl.egl.EGL10.EGL_NONE;
import static org.lwjgl.egl.EGL10.EGL_NO_CONTEXT;
import static org.lwjgl.egl.EGL10.EGL_NO_SURFACE;
import static org.lwjgl.egl.EGL10.EGL_SURFACE_TYPE;
import static org.lwjgl.egl.EGL10.eglChooseConfig;
import static org.lwjgl.egl.EGL10.eglCreateContext;
import static org.lwjgl.egl.EGL10.eglDestroyContext;
import static org.lwjgl.egl.EGL10.eglGetError;
import static org.lwjgl.egl.EGL10.eglInitialize;
import static org.lwjgl.egl.EGL10.eglMakeCurrent;
import static org.lwjgl.egl.EGL12.EGL_RENDERABLE_TYPE;
import static org.lwjgl.egl.EGL12.eglBindAPI;
import static org.lwjgl.egl.EGL14.EGL_OPENGL_API;
import static org.lwjgl.egl.EGL14.EGL_OPENGL_BIT;
import static org.lwjgl.egl.EGL10.EGL_PBUFFER_BIT;
import static org.lwjgl.egl.EGL15.EGL_CONTEXT_MAJOR_VERSION;
import static org.lwjgl.egl.EGL15.EGL_CONTEXT_MINOR_VERSION;
import static org.lwjgl.egl.EGL15.EGL_CONTEXT_OPENGL_CORE_PROFILE_BIT;
import static org.lwjgl.egl.EGL15.EGL_CONTEXT_OPENGL_PROFILE_MASK;

import java.nio.IntBuffer;
import org.lwjgl.PointerBuffer;
import org.lwjgl.egl.EGL;
import org.lwjgl.egl.EGL12;
import org.lwjgl.opengl.GL;
import org.lwjgl.system.JNI;
import org.lwjgl.system.MemoryStack;

/**
 * A context with no window system at all: Mesa's surfaceless EGL platform ({@code EGL_PLATFORM_SURFACELESS_MESA},
 * 0x31DD), which runs on any Linux box with Mesa (llvmpipe without a GPU), including CI and servers.
 *
 * <p>{@code eglGetPlatformDisplayEXT} is called through {@link JNI} because LWJGL's typed wrapper rejects the null
 * native display this platform takes. The context has no surface ({@code EGL_NO_SURFACE}); drawing goes to an FBO.
 */
public final class EglSurfacelessContext implements GlContext {
    private static final int EGL_PLATFORM_SURFACELESS_MESA = 0x31DD;
    private final long display;
    private final long context;

    private EglSurfacelessContext(long display, long context) {
        this.display = display;
        this.context = context;
    }

    /** Creates the context and makes it current on the calling thread. */
    public static EglSurfacelessContext create() {
        long getPlatformDisplay = EGL.getFunctionProvider().getFunctionAddress("eglGetPlatformDisplayEXT");
        if (getPlatformDisplay == 0) {
            throw new GlUnavailableException("libEGL lacks eglGetPlatformDisplayEXT");
        }
        long display = JNI.callPPP(EGL_PLATFORM_SURFACELESS_MESA, 0L, 0L, getPlatformDisplay);
        if (display == 0) {
            throw new GlUnavailableException("no surfaceless EGL display (is Mesa's libEGL_mesa installed?)");
        }
        try (MemoryStack stack = MemoryStack.stackPush()) {
            IntBuffer major = stack.mallocInt(1), minor = stack.mallocInt(1);
            if (!eglInitialize(display, major, minor)) {
                throw new GlUnavailableException("eglInitialize failed: 0x" + Integer.toHexString(eglGetError()));
            }
            EGL.createDisplayCapabilities(display, major.get(0), minor.get(0));
            if (!eglBindAPI(EGL_OPENGL_API)) {
                throw new GlUnavailableException("eglBindAPI(OpenGL) failed: 0x" + Integer.toHexString(eglGetError()));
            }
            IntBuffer attribs = stack.ints(EGL_SURFACE_TYPE, EGL_PBUFFER_BIT, EGL_RENDERABLE_TYPE, EGL_OPENGL_BIT,
                    EGL_NONE);
            PointerBuffer configs = stack.mallocPointer(1);
            IntBuffer count = stack.mallocInt(1);
            if (!eglChooseConfig(display, attribs, configs, count) || count.get(0) == 0) {
                throw new GlUnavailableException("no EGL config with PBUFFER and OPENGL bits");
            }
            IntBuffer ctxAttribs = stack.ints(EGL_CONTEXT_MAJOR_VERSION, 3, EGL_CONTEXT_MINOR_VERSION, 3,
                    EGL_CONTEXT_OPENGL_PROFILE_MASK, EGL_CONTEXT_OPENGL_CORE_PROFILE_BIT, EGL_NONE);
            long context = eglCreateContext(display, configs.get(0), EGL_NO_CONTEXT, ctxAttribs);
            if (context == EGL_NO_CONTEXT) {
                throw new GlUnavailableException("eglCreateContext(3.3 core) failed: 0x"
                        + Integer.toHexString(eglGetError()));
            }
            if (!eglMakeCurrent(display, EGL_NO_SURFACE, EGL_NO_SURFACE, context)) {
                eglDestroyContext(display, context);
                throw new GlUnavailableException("eglMakeCurrent(surfaceless) failed: 0x"
                        + Integer.toHexString(eglGetError()));
            }
            GL.createCapabilities();
            return new EglSurfacelessContext(display, context);
        }
    }

    @Override
    public String kind() {
        return "EGL surfaceless";
    }

    @Override
    public void close() {
        GL.setCapabilities(null);
        eglMakeCurrent(display, EGL_NO_SURFACE, EGL_NO_SURFACE, EGL_NO_CONTEXT);
        eglDestroyContext(display, context);
        EGL12.eglReleaseThread();
        // no eglTerminate: the display is shared by every context of the process
    }
}
