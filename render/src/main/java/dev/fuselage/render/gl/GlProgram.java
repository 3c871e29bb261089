package dev.fuselage.render.gl;

import static org.lwjgl.opengl.GL20.GL_COMPILE_STATUS;
import static org.lwjgl.opengl.GL20.GL_FRAGMENT_SHADER;
import static org.lwjgl.opengl.GL20.GL_LINK_STATUS;
import static org.lwjgl.opengl.GL20.GL_VERTEX_SHADER;
import static org.lwjgl.opengl.GL20.glAttachShader;
import static org.lwjgl.opengl.GL20.glCompileShader;
import static org.lwjgl.opengl.GL20.glCreateProgram;
import static org.lwjgl.opengl.GL20.glCreateShader;
import static org.lwjgl.opengl.GL20.glDeleteShader;
import static org.lwjgl.opengl.GL20.glGetProgramInfoLog;
import static org.lwjgl.opengl.GL20.glGetProgrami;
import static org.lwjgl.opengl.GL20.glGetShaderInfoLog;
import static org.lwjgl.opengl.GL20.glGetShaderi;
import static org.lwjgl.opengl.GL20.glGetUniformLocation;
import static org.lwjgl.opengl.GL20.glLinkProgram;
import static org.lwjgl.opengl.GL20.glShaderSource;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Builds a shader program from GLSL resources next to this class. */
final class GlProgram {
    private GlProgram() {
    }

    static int build(GlResources res, String vertexResource, String fragmentResource) {
        int vs = compile(GL_VERTEX_SHADER, vertexResource);
        int fs = compile(GL_FRAGMENT_SHADER, fragmentResource);
        int program = glCreateProgram();
        res.programCreated();
        glAttachShader(program, vs);
        glAttachShader(program, fs);
        glLinkProgram(program);
        glDeleteShader(vs);
        glDeleteShader(fs);
        if (glGetProgrami(program, GL_LINK_STATUS) == 0) {
            String log = glGetProgramInfoLog(program);
            res.deleteProgram(program);
            throw new IllegalStateException("shader link failed: " + log);
        }
        return program;
    }

    static int uniform(int program, String name) {
        int loc = glGetUniformLocation(program, name);
        if (loc < 0) {
            throw new IllegalStateException("shader has no uniform '" + name + "'");
        }
        return loc;
    }

    private static int compile(int type, String resource) {
        int shader = glCreateShader(type);
        glShaderSource(shader, read(resource));
        glCompileShader(shader);
        if (glGetShaderi(shader, GL_COMPILE_STATUS) == 0) {
            String log = glGetShaderInfoLog(shader);
            glDeleteShader(shader);
            throw new IllegalStateException(resource + " does not compile: " + log);
        }
        return shader;
    }

    private static String read(String resource) {
        try (InputStream in = GlProgram.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing shader resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
