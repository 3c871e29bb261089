package dev.fuselage.project.dataset.coco;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.fuselage.io.PointCloudIO;
import dev.fuselage.project.dataset.CameraFrame;
import dev.fuselage.project.dataset.DatasetExporter;
import dev.fuselage.project.dataset.ExportProgress;
import dev.fuselage.project.dataset.ExportSource;
import dev.fuselage.project.dataset.FileCopies;
import dev.fuselage.project.dataset.FrameLoop;
import dev.fuselage.io.image.ImageInfo;
import dev.fuselage.project.dataset.ProjectedBox;
import dev.fuselage.project.store.ImageAnnotation;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

/**
 * COCO detection + segmentation: {@code annotations/instances.json} with {@code info}, {@code licenses},
 * {@code images} (camera 2 of each frame that has an image, linked into {@code images/}), {@code categories}
 * from the ontology and {@code annotations}: one per cuboid visible in the image (bbox of the projected hull
 * clipped to the image, the hull as the segmentation polygon, its area; an imported object whose cuboid is
 * unedited keeps its file's 2D box, as a rectangle) and one per 2D box drawn on the image
 * (a rectangle polygon). DontCare regions are not objects and are left out. Ids count from 1.
 */
public final class CocoExporter implements DatasetExporter {
    /** The annotation file inside the export. */
    public static final String FILE = "annotations/instances.json";
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    @Override
    public String format() {
        return "coco";
    }

    @Override
    public String description() {
        return "COCO detection + segmentation (projected cuboid hulls in camera 2)";
    }

    @Override
    public void export(ExportSource source, Path out, ExportProgress progress) throws IOException {
        ObjectNode root = NODES.objectNode();
        root.putObject("info").put("description", source.project().descriptor().name())
                .put("version", "1.0").put("year", java.time.Year.now().getValue())
                .put("contributor", "Fuselage").put("date_created", java.time.LocalDate.now().toString());
        root.putArray("licenses");
        ArrayNode images = root.putArray("images");
        ArrayNode annotations = root.putArray("annotations");
        CocoCategories categories = new CocoCategories(source.ontology());
        long[] ids = {0, 0}; // last image id, last annotation id
        FrameLoop.run(source.frameIds(), progress, (i, id) -> {
            if (source.files(id).image().isEmpty()) {
                return;
            }
            CameraFrame frame = CameraFrame.of(source, id, format());
            Path image = source.files(id).image().get();
            String name = id + extension(image);
            FileCopies.linkOrCopy(image, out.resolve("images").resolve(name));
            long imageId = ++ids[0];
            ImageInfo size = frame.image().orElseThrow();
            images.addObject().put("id", imageId).put("file_name", name).put("width", size.width())
                    .put("height", size.height()).put("license", 0);
            for (int j = 0; j < frame.objects().size(); j++) {
                ProjectedBox p = frame.projected().get(j);
                if (p == null || p.width() <= 0 || p.height() <= 0 || p.hullArea() <= 0) {
                    continue;
                }
                annotations.add(annotation(++ids[1], imageId,
                        categories.ids.get(frame.objects().get(j).className()), p.left(), p.top(), p.width(),
                        p.height(), p.hullArea(), p.hull()));
            }
            for (ImageAnnotation a : source.store().imageAnnotations(id)) {
                double w = a.right() - a.left();
                double h = a.bottom() - a.top();
                Integer category = categories.ids.get(a.className());
                if (a.isDontCare() || !a.camera().equals(CameraFrame.CAMERA_NAME) || category == null || w <= 0
                        || h <= 0) {
                    continue;
                }
                annotations.add(annotation(++ids[1], imageId, category, a.left(), a.top(), w, h, w * h,
                        new double[] {a.left(), a.top(), a.right(), a.top(), a.right(), a.bottom(), a.left(),
                                a.bottom()}));
            }
        });
        ArrayNode cats = root.putArray("categories");
        for (Map.Entry<String, Integer> c : categories.ids.entrySet()) {
            cats.addObject().put("id", c.getValue()).put("name", c.getKey())
                    .put("supercategory", categories.supercategories.get(c.getKey()));
        }
        PointCloudIO.writeAtomically(out.resolve(FILE), tmp -> JSON.writeValue(tmp.toFile(), root));
    }

    private static ObjectNode annotation(long id, long imageId, int category, double x, double y, double w, double h,
                                         double area, double[] polygon) {
        ObjectNode n = NODES.objectNode();
        n.put("id", id).put("image_id", imageId).put("category_id", category);
        // round the edges, not the sizes, so x + w never passes the image border the hull was clipped to
        double left = round(x);
        double top = round(y);
        n.putArray("bbox").add(left).add(top).add(round(round(x + w) - left)).add(round(round(y + h) - top));
        n.put("area", round(area)).put("iscrowd", 0);
        ArrayNode poly = n.putArray("segmentation").addArray();
        for (double d : polygon) {
            poly.add(round(d));
        }
        return n;
    }

    /** Two decimals, like COCO's own files: sub-pixel noise beyond that only bloats the file. */
    private static double round(double d) {
        return Math.round(d * 100) / 100.0;
    }

    private static String extension(Path p) {
        String name = p.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot);
    }
}
