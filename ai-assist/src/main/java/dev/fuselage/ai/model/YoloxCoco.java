package dev.fuselage.ai.model;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The descriptor of Megvii's YOLOX ONNX exports trained on COCO ({@code yolox_nano.onnx}, {@code yolox_s.onnx},
 * …): input {@code images} {@code [1, 3, H, W]}, BGR, 0–255, no normalisation, letterbox grey 114 (as YOLOX's own
 * ONNX demo feeds it); output {@code output} {@code [1, N, 85]} over strides 8, 16, 32. Fed as native-resolution
 * tiles, since letterboxing a 1242×375 KITTI image to 416 shrinks cars below what YOLOX-Nano finds.
 *
 * <p>COCO classes map onto the KITTI preset's names: car → Car, truck and bus → Truck (KITTI has no bus; its
 * trucks are often seen as COCO buses), person → Pedestrian, bicycle and motorcycle → Cyclist, train → Tram.
 */
public final class YoloxCoco {
    /** COCO's 80 detection classes in the order YOLOX outputs them. */
    public static final List<String> COCO_LABELS = List.of("person", "bicycle", "car", "motorcycle", "airplane",
            "bus", "train", "truck", "boat", "traffic light", "fire hydrant", "stop sign", "parking meter", "bench",
            "bird", "cat", "dog", "horse", "sheep", "cow", "elephant", "bear", "zebra", "giraffe", "backpack",
            "umbrella", "handbag", "tie", "suitcase", "frisbee", "skis", "snowboard", "sports ball", "kite",
            "baseball bat", "baseball glove", "skateboard", "surfboard", "tennis racket", "bottle", "wine glass",
            "cup", "fork", "knife", "spoon", "bowl", "banana", "apple", "sandwich", "orange", "broccoli", "carrot",
            "hot dog", "pizza", "donut", "cake", "chair", "couch", "potted plant", "bed", "dining table", "toilet",
            "tv", "laptop", "mouse", "remote", "keyboard", "cell phone", "microwave", "oven", "toaster", "sink",
            "refrigerator", "book", "clock", "vase", "scissors", "teddy bear", "hair drier", "toothbrush");
    /** Output row length: 4 box values, objectness, 80 class scores. */
    public static final int ROW = 5 + 80;

    private YoloxCoco() {
    }

    /** The descriptor for a YOLOX COCO export with a square input of {@code size} pixels. */
    public static ModelDescriptor descriptor(String name, int size) {
        Map<String, String> classes = new LinkedHashMap<>();
        classes.put("car", "Car");
        classes.put("truck", "Truck");
        classes.put("bus", "Truck");
        classes.put("person", "Pedestrian");
        classes.put("bicycle", "Cyclist");
        classes.put("motorcycle", "Cyclist");
        classes.put("train", "Tram");
        InputSpec input = new InputSpec("images", size, size, "BGR", 1, new double[] {0, 0, 0},
                new double[] {1, 1, 1}, 114, InputSpec.Resize.TILE);
        OutputSpec output = new OutputSpec("output", "yolox", List.of(8, 16, 32), ModelDescriptorJson.DEFAULT_SCORE,
                ModelDescriptorJson.DEFAULT_NMS);
        return new ModelDescriptor(name, ModelTask.DETECT2D, Optional.empty(), input, output, COCO_LABELS, classes);
    }
}
