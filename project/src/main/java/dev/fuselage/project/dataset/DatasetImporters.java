package dev.fuselage.project.dataset;

import dev.fuselage.project.dataset.semantickitti.SemanticKittiImporter;

import dev.fuselage.project.dataset.coco.CocoImporter;
import dev.fuselage.project.dataset.json.NativeJsonImporter;
import dev.fuselage.project.dataset.kitti.KittiObjectImporter;
import dev.fuselage.project.dataset.kitti.KittiTrackingImporter;
import dev.fuselage.project.dataset.openlabel.OpenLabelImporter;
import dev.fuselage.project.dataset.sustech.SustechImporter;
import java.util.List;
import java.util.Optional;

/** The dataset importers, by format name; the counterpart of {@link DatasetExporters}. */
public final class DatasetImporters {
    private static final List<DatasetImporter> ALL = List.of(new KittiObjectImporter(), new KittiTrackingImporter(),
            new NativeJsonImporter(), new CocoImporter(), new OpenLabelImporter(), new SustechImporter(),
            new SemanticKittiImporter());

    private DatasetImporters() {
    }

    /** Every importer, in menu order. */
    public static List<DatasetImporter> all() {
        return ALL;
    }

    /** Format names in menu order: kitti, kitti-tracking, json, coco, openlabel, sustech,
     * semantickitti. */
    public static List<String> names() {
        return ALL.stream().map(DatasetImporter::format).toList();
    }

    /** The importer of a format name, if there is one. */
    public static Optional<DatasetImporter> byName(String format) {
        return ALL.stream().filter(i -> i.format().equals(format)).findFirst();
    }
}
