package dev.fuselage.app.ui.workspace.review;

import dev.fuselage.project.review.FrameStatus;
import dev.fuselage.project.review.ReviewOverview;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.ScatterChart;
import javafx.scene.chart.StackedAreaChart;
import javafx.scene.chart.XYChart;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.RowConstraints;

/**
 * The review dashboard: objects per class along the frames (stacked areas), how many frames have each status
 * (bars in the timeline strip's colours), and the size distribution of each class (length against width, and height against length, one series per
 * class), from a {@link ReviewOverview}. {@link #show} replaces the charts' data, so the dashboard can follow the
 * project as it changes.
 */
public final class ReviewDashboard extends GridPane {
    private final StackedAreaChart<Number, Number> perFrame = new StackedAreaChart<>(axis("frame"), axis("objects"));
    private final BarChart<String, Number> statuses = new BarChart<>(new CategoryAxis(), axis("frames"));
    private final ScatterChart<Number, Number> footprint = new ScatterChart<>(axis("length (m)"), axis("width (m)"));
    private final ScatterChart<Number, Number> profile = new ScatterChart<>(axis("length (m)"), axis("height (m)"));

    public ReviewDashboard() {
        getStyleClass().add("review-dashboard");
        setPadding(new Insets(8));
        setHgap(8);
        setVgap(8);
        perFrame.setTitle("Objects per class and frame");
        perFrame.setCreateSymbols(false);
        statuses.setTitle("Frames by status");
        statuses.setLegendVisible(false);
        statuses.setAnimated(false);
        perFrame.setAnimated(false);
        getStylesheets().add(ReviewDashboard.class.getResource("review.css").toExternalForm());
        footprint.setTitle("Sizes per class: footprint");
        profile.setTitle("Sizes per class: profile");
        add(perFrame, 0, 0);
        add(statuses, 1, 0);
        add(footprint, 0, 1);
        add(profile, 1, 1);
        for (int i = 0; i < 2; i++) {
            ColumnConstraints c = new ColumnConstraints();
            c.setPercentWidth(50);
            c.setHgrow(Priority.ALWAYS);
            getColumnConstraints().add(c);
            RowConstraints r = new RowConstraints();
            r.setPercentHeight(50);
            r.setVgrow(Priority.ALWAYS);
            getRowConstraints().add(r);
        }
    }

    /** Shows the numbers of {@code o}. */
    public void show(ReviewOverview o) {
        ObservableList<XYChart.Series<Number, Number>> areas = FXCollections.observableArrayList();
        for (Map.Entry<String, int[]> e : o.objectsPerClass().entrySet()) {
            XYChart.Series<Number, Number> s = new XYChart.Series<>();
            s.setName(e.getKey());
            int[] counts = e.getValue();
            for (int i = 0; i < counts.length; i++) {
                s.getData().add(new XYChart.Data<>(i, counts[i]));
            }
            areas.add(s);
        }
        perFrame.setData(areas);
        XYChart.Series<String, Number> counts = new XYChart.Series<>();
        for (Map.Entry<FrameStatus, Integer> e : o.statusCounts().entrySet()) {
            counts.getData().add(new XYChart.Data<>(label(e.getKey()), e.getValue()));
        }
        statuses.setData(FXCollections.observableArrayList(List.of(counts)));
        // the bars exist once the series is in the chart: colour each by its status, as the timeline strip does
        for (XYChart.Data<String, Number> d : counts.getData()) {
            for (FrameStatus s : FrameStatus.values()) {
                if (label(s).equals(d.getXValue()) && d.getNode() != null) {
                    d.getNode().getStyleClass().addAll("status-bar", "status-" + s.name().toLowerCase(Locale.ROOT));
                }
            }
        }
        footprint.setData(sizes(o, 0, 1));
        profile.setData(sizes(o, 0, 2));
    }

    private static ObservableList<XYChart.Series<Number, Number>> sizes(ReviewOverview o, int x, int y) {
        ObservableList<XYChart.Series<Number, Number>> out = FXCollections.observableArrayList();
        for (Map.Entry<String, List<double[]>> e : o.sizesPerClass().entrySet()) {
            XYChart.Series<Number, Number> s = new XYChart.Series<>();
            s.setName(e.getKey());
            for (double[] lwh : e.getValue()) {
                s.getData().add(new XYChart.Data<>(lwh[x], lwh[y]));
            }
            out.add(s);
        }
        return out;
    }

    /** Frames per status, as the chart shows them (tests read it). */
    public Map<String, Integer> statusCounts() {
        Map<String, Integer> out = new java.util.LinkedHashMap<>();
        for (XYChart.Series<String, Number> s : statuses.getData()) {
            s.getData().forEach(d -> out.put(d.getXValue(), d.getYValue().intValue()));
        }
        return out;
    }

    private static String label(FrameStatus s) {
        return s.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    private static NumberAxis axis(String label) {
        NumberAxis a = new NumberAxis();
        a.setLabel(label);
        a.setForceZeroInRange(true);
        return a;
    }
}
