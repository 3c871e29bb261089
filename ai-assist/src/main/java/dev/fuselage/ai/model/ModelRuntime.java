package dev.fuselage.ai.model;

import ai.onnxruntime.NodeInfo;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import ai.onnxruntime.TensorInfo;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Opens ONNX models once and hands out the same {@link OnnxModel} for every later request of the same file and
 * descriptor: a session costs tens of milliseconds and megabytes of native memory, inference a few milliseconds.
 * One runtime per application; thread-safe. Closing it closes every model it opened.
 */
public final class ModelRuntime implements AutoCloseable {
    private final OrtEnvironment env = OrtEnvironment.getEnvironment();
    private final int threads;
    private final Map<String, OnnxModel> open = new LinkedHashMap<>();

    /** A runtime whose sessions use every available core. */
    public ModelRuntime() {
        this(Runtime.getRuntime().availableProcessors());
    }

    /** A runtime whose sessions use {@code threads} intra-op threads. */
    public ModelRuntime(int threads) {
        this.threads = Math.max(1, threads);
    }

    /** The model in {@code onnx} described by {@code descriptor}, opened on first use. */
    public synchronized OnnxModel model(Path onnx, ModelDescriptor descriptor) throws ModelException {
        String key;
        try {
            key = onnx.toRealPath() + "\n" + ModelDescriptorJson.toString(descriptor);
        } catch (IOException e) {
            throw new ModelException(onnx, "cannot read: " + (Files.exists(onnx) ? e.getMessage() : "no such file"), e);
        }
        OnnxModel m = open.get(key);
        if (m == null) {
            m = OnnxModel.open(env, onnx, descriptor, threads);
            open.put(key, m);
        }
        return m;
    }

    /**
     * The descriptor of a model given without one: a YOLOX COCO export (one input {@code [1, 3, S, S]}, one output
     * {@code [1, N, 85]} over strides 8/16/32) gets {@link YoloxCoco#descriptor}; anything else is refused with its
     * shapes, asking for a descriptor.
     */
    public ModelDescriptor inferDescriptor(Path onnx) throws ModelException {
        try (OrtSession session = OnnxModel.openSession(env, onnx, 1)) {
            Map<String, NodeInfo> inputs = session.getInputInfo(), outputs = session.getOutputInfo();
            String what = "inputs " + shapes(inputs) + ", outputs " + shapes(outputs);
            if (inputs.size() == 1 && outputs.size() == 1 && inputs.containsKey("images")
                    && outputs.containsKey("output")) {
                long[] in = ((TensorInfo) inputs.get("images").getInfo()).getShape();
                long[] out = ((TensorInfo) outputs.get("output").getInfo()).getShape();
                if (in.length == 4 && in[1] == 3 && in[2] > 0 && in[2] == in[3] && out.length == 3
                        && out[2] == YoloxCoco.ROW) {
                    ModelDescriptor d = YoloxCoco.descriptor(stem(onnx), (int) in[2]);
                    if (out[1] == d.output().rows((int) in[3], (int) in[2])) {
                        return d.withModel(onnx.getFileName().toString());
                    }
                }
            }
            throw new ModelException(onnx, "not a YOLOX COCO export (" + what + "); give its descriptor "
                    + "(--descriptor D.json)");
        } catch (OrtException e) {
            throw new ModelException(onnx, "cannot inspect the model: " + e.getMessage(), e);
        }
    }

    private static String shapes(Map<String, NodeInfo> nodes) {
        StringBuilder sb = new StringBuilder();
        for (Map.Entry<String, NodeInfo> e : nodes.entrySet()) {
            sb.append(sb.length() == 0 ? "" : ", ").append(e.getKey());
            if (e.getValue().getInfo() instanceof TensorInfo t) {
                sb.append(Arrays.toString(t.getShape()));
            }
        }
        return "[" + sb + "]";
    }

    static String stem(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    @Override
    public synchronized void close() {
        open.values().forEach(OnnxModel::close);
        open.clear();
    }
}
