package dev.fuselage.project.dataset;

import dev.fuselage.project.dataset.coco.CocoExporter;
import dev.fuselage.project.dataset.json.NativeJsonExporter;
import dev.fuselage.project.dataset.kitti.KittiObjectExporter;
import dev.fuselage.project.dataset.kitti.KittiTrackingExporter;
import dev.fuselage.project.dataset.openlabel.OpenLabelExporter;
import dev.fuselage.project.dataset.semantickitti.LabeledCloudExporter;
import dev.fuselage.project.dataset.semantickitti.SemanticKittiExporter;
import java.util.List;
import java.util.Optional;

/** The dataset exporters, by format name. */
public final class DatasetExporters {
    private static final List<DatasetExporter> ALL = List.of(new KittiObjectExporter(), new KittiTrackingExporter(),
            new CocoExporter(), new SemanticKittiExporter(), new OpenLabelExporter(), new NativeJsonExporter(),
            LabeledCloudExporter.pcd(), LabeledCloudExporter.ply());

    private DatasetExporters() {
    }

    /** Every exporter, in menu order. */
    public static List<DatasetExporter> all() {
        return ALL;
    }

    /** Format names in menu order: kitti, kitti-tracking, coco, semantickitti, openlabel, json, pcd, ply. */
    public static List<String> names() {
        return ALL.stream().map(DatasetExporter::format).toList();
    }

    public static Optional<DatasetExporter> byName(String format) {
        return ALL.stream().filter(e -> e.format().equals(format)).findFirst();
    }
}
