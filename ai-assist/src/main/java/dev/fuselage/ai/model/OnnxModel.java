package dev.fuselage.ai.model;

import ai.onnxruntime.NodeInfo;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import ai.onnxruntime.TensorInfo;
import java.nio.FloatBuffer;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.Objects;

/**
 * One ONNX Runtime session (CPU) with the descriptor that says how to use it. Opening checks the model's input
 * and output against the descriptor, so a wrong descriptor fails at once with both shapes in the message, not
 * with garbage detections later. {@link #run} is thread-safe (ONNX Runtime sessions are); close the model to free
 * its native memory. Get models through a {@link ModelRuntime}, which opens each file once and reuses it.
 */
public final class OnnxModel implements AutoCloseable {
    private final Path file;
    private final ModelDescriptor descriptor;
    private final OrtEnvironment env;
    private final OrtSession session;
    private final long[] inputShape;
    private final int outputSize;

    private OnnxModel(Path file, ModelDescriptor descriptor, OrtEnvironment env, OrtSession session,
                      long[] inputShape, int outputSize) {
        this.file = file;
        this.descriptor = descriptor;
        this.env = env;
        this.session = session;
        this.inputShape = inputShape;
        this.outputSize = outputSize;
    }

    /** Opens {@code file} with {@code threads} intra-op threads and checks it against {@code descriptor}. */
    static OnnxModel open(OrtEnvironment env, Path file, ModelDescriptor descriptor, int threads)
            throws ModelException {
        Objects.requireNonNull(descriptor, "descriptor");
        OrtSession session = openSession(env, file, threads);
        try {
            InputSpec in = descriptor.input();
            NodeInfo input = session.getInputInfo().get(in.name());
            if (input == null) {
                throw new ModelException(file, "has no input '" + in.name() + "' (its inputs: "
                        + session.getInputNames() + ")");
            }
            long[] shape = {1, 3, in.height(), in.width()};
            checkShape(file, "input '" + in.name() + "'", input, shape);
            OutputSpec out = descriptor.output();
            NodeInfo output = session.getOutputInfo().get(out.name());
            if (output == null) {
                throw new ModelException(file, "has no output '" + out.name() + "' (its outputs: "
                        + session.getOutputNames() + ")");
            }
            long rows = out.rows(in.width(), in.height());
            long[] outShape = {1, rows, 5 + descriptor.labels().size()};
            checkShape(file, "output '" + out.name() + "'", output, outShape);
            return new OnnxModel(file, descriptor, env, session, shape, (int) (rows * outShape[2]));
        } catch (ModelException | RuntimeException e) {
            closeQuietly(session);
            throw e;
        } catch (OrtException e) {
            closeQuietly(session);
            throw new ModelException(file, "cannot inspect the model: " + e.getMessage(), e);
        }
    }

    static OrtSession openSession(OrtEnvironment env, Path file, int threads) throws ModelException {
        try (OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
            options.setIntraOpNumThreads(Math.max(1, threads));
            options.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
            return env.createSession(file.toString(), options);
        } catch (OrtException e) {
            throw new ModelException(file, "not a usable ONNX model: " + e.getMessage(), e);
        }
    }

    private static void checkShape(Path file, String what, NodeInfo node, long[] expected) throws ModelException {
        if (!(node.getInfo() instanceof TensorInfo t)
                || t.type != ai.onnxruntime.OnnxJavaType.FLOAT) {
            throw new ModelException(file, what + " is " + node.getInfo() + ", expected a float tensor "
                    + Arrays.toString(expected));
        }
        long[] shape = t.getShape();
        boolean ok = shape.length == expected.length;
        for (int i = 0; ok && i < shape.length; i++) {
            ok = shape[i] < 0 || shape[i] == expected[i]; // negative: a dynamic dimension
        }
        if (!ok) {
            throw new ModelException(file, what + " has shape " + Arrays.toString(shape) + ", the descriptor needs "
                    + Arrays.toString(expected));
        }
    }

    /** The ONNX file. */
    public Path file() {
        return file;
    }

    public ModelDescriptor descriptor() {
        return descriptor;
    }

    /**
     * Runs the model on one input tensor ({@code 3·height·width} floats, NCHW) and returns the output tensor,
     * flattened.
     */
    public float[] run(float[] input) throws ModelException {
        if (input.length != 3 * inputShape[2] * inputShape[3]) {
            throw new IllegalArgumentException("input has " + input.length + " floats, the model takes "
                    + 3 * inputShape[2] * inputShape[3]);
        }
        try (OnnxTensor tensor = OnnxTensor.createTensor(env, FloatBuffer.wrap(input), inputShape);
             OrtSession.Result result = session.run(Map.of(descriptor.input().name(), tensor))) {
            OnnxTensor out = (OnnxTensor) result.get(descriptor.output().name())
                    .orElseThrow(() -> new ModelException(file, "produced no '" + descriptor.output().name() + "'"));
            FloatBuffer buf = out.getFloatBuffer();
            float[] values = new float[buf.remaining()];
            buf.get(values);
            if (values.length != outputSize) {
                throw new ModelException(file, "output has " + values.length + " values, expected " + outputSize);
            }
            return values;
        } catch (OrtException e) {
            throw new ModelException(file, "inference failed: " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        closeQuietly(session);
    }

    private static void closeQuietly(OrtSession s) {
        try {
            s.close();
        } catch (OrtException e) {
            // closing frees native memory; a failure here leaves nothing for the caller to do
        }
    }
}
