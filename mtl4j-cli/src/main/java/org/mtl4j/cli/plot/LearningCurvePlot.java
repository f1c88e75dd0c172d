package org.mtl4j.cli.plot;

import de.erichseifert.vectorgraphics2d.VectorGraphics2D;
import de.erichseifert.vectorgraphics2d.svg.SVGProcessor;
import de.erichseifert.vectorgraphics2d.util.PageSize;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.SeriesMarkers;
import org.mtl4j.model.Task;
import org.mtl4j.model.TaskKind;
import org.mtl4j.train.EpochRecord;
import org.mtl4j.train.History;

/**
 * Learning curves (seed section 6, step 5): one panel for the total loss and one per task, each with the
 * training and validation loss against the epoch, written as PNG or SVG depending on the file name.
 */
public final class LearningCurvePlot {
    private static final int PANEL_WIDTH = 520;
    private static final int PANEL_HEIGHT = 360;
    private static final Color TRAIN = new Color(0x1f, 0x77, 0xb4);
    private static final Color VALIDATION = new Color(0xd6, 0x27, 0x28);
    private static final Color KEPT = new Color(0x55, 0x55, 0x55);

    private LearningCurvePlot() {
    }

    /**
     * Writes the curves of {@code history} (for {@code tasks}, in model order) to {@code file} (.png or .svg, case-insensitive), replacing it
     * atomically.
     *
     * @throws IllegalArgumentException for any other extension or an empty history
     */
    public static void write(History history, List<Task> tasks, Path file) throws IOException {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        boolean svg = name.endsWith(".svg");
        if (!svg && !name.endsWith(".png")) {
            throw new IllegalArgumentException("plot file " + file + " must end in .png or .svg");
        }
        if (history.epochs().isEmpty()) {
            throw new IllegalArgumentException("no epochs were run, so there is no learning curve to plot");
        }
        List<XYChart> panels = panels(history, tasks);
        int columns = Math.min(panels.size(), 2);
        int rows = (panels.size() + columns - 1) / columns;
        Path temporary = Files.createTempFile(file.toAbsolutePath().getParent(), ".plot-", svg ? ".svg" : ".png");
        try {
            if (temporary.getFileSystem().supportedFileAttributeViews().contains("posix")) {
                // temporary files start owner-only; a plot is an ordinary rw-r--r-- file
                Files.setPosixFilePermissions(temporary, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
            }
            try (OutputStream out = Files.newOutputStream(temporary)) {
                if (svg) {
                    VectorGraphics2D graphics = new VectorGraphics2D();
                    paint(graphics, panels, columns);
                    new SVGProcessor().getDocument(graphics.getCommands(),
                            new PageSize(columns * PANEL_WIDTH, rows * PANEL_HEIGHT)).writeTo(out);
                } else {
                    BufferedImage image = new BufferedImage(columns * PANEL_WIDTH, rows * PANEL_HEIGHT,
                            BufferedImage.TYPE_INT_RGB);
                    Graphics2D graphics = image.createGraphics();
                    graphics.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
                    graphics.setColor(Color.WHITE);
                    graphics.fillRect(0, 0, image.getWidth(), image.getHeight());
                    paint(graphics, panels, columns);
                    graphics.dispose();
                    ImageIO.write(image, "png", out);
                }
            }
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    private static void paint(Graphics2D graphics, List<XYChart> panels, int columns) {
        for (int p = 0; p < panels.size(); p++) {
            Graphics2D panel = (Graphics2D) graphics.create((p % columns) * PANEL_WIDTH, (p / columns) * PANEL_HEIGHT,
                    PANEL_WIDTH, PANEL_HEIGHT);
            panels.get(p).paint(panel, PANEL_WIDTH, PANEL_HEIGHT);
            panel.dispose();
        }
    }

    /** The total panel first, then one panel per task, in task order. */
    static List<XYChart> panels(History history, List<Task> tasks) {
        List<EpochRecord> epochs = history.epochs();
        boolean validation = epochs.get(0).hasValidation();
        double[] x = new double[epochs.size()];
        for (int e = 0; e < x.length; e++) {
            x[e] = epochs.get(e).epoch();
        }
        int best = history.bestEpoch() > 0 && history.bestEpoch() < epochs.size() ? history.bestEpoch() : 0;
        List<XYChart> panels = new ArrayList<>();
        panels.add(panel("Total loss = Σ w·L (w = " + weights(tasks) + ")", x,
                series(epochs, record -> record.trainLoss()),
                validation ? series(epochs, record -> record.validationLoss()) : null, best));
        for (int t = 0; t < history.taskNames().size(); t++) {
            int task = t;
            panels.add(panel("Task \"" + history.taskNames().get(t) + "\" loss" + units(tasks, t), x,
                    series(epochs, record -> record.trainTaskLosses()[task]),
                    validation ? series(epochs, record -> record.validationTaskLosses()[task]) : null, best));
        }
        return panels;
    }

    private static String weights(List<Task> tasks) {
        return String.join(", ", tasks.stream().map(task -> new java.math.BigDecimal(Double.toString(task.weight()))
                .stripTrailingZeros().toPlainString()).toList());
    }

    /** Regression losses are measured on standardised targets; the panel title says so. */
    private static String units(List<Task> tasks, int task) {
        return tasks.get(task).kind() == TaskKind.REGRESSION ? " (standardised)" : "";
    }

    private static double[] series(List<EpochRecord> epochs, java.util.function.ToDoubleFunction<EpochRecord> value) {
        double[] y = new double[epochs.size()];
        for (int e = 0; e < y.length; e++) {
            y[e] = value.applyAsDouble(epochs.get(e));
        }
        return y;
    }

    /**
     * One panel: train and (when present) validation loss against the epoch; with {@code bestEpoch} > 0 a
     * vertical line marks the epoch whose weights early stopping kept.
     */
    private static XYChart panel(String title, double[] x, double[] train, double[] validation, int bestEpoch) {
        XYChart chart = new XYChartBuilder().width(PANEL_WIDTH).height(PANEL_HEIGHT).title(title)
                .xAxisTitle("epoch").yAxisTitle("loss").build();
        Styler styler = chart.getStyler();
        chart.getStyler().setLegendPosition(Styler.LegendPosition.InsideNE);
        chart.getStyler().setChartBackgroundColor(Color.WHITE);
        chart.getStyler().setPlotBackgroundColor(Color.WHITE);
        chart.getStyler().setPlotGridLinesColor(new Color(0xdd, 0xdd, 0xdd));
        chart.getStyler().setXAxisDecimalPattern("#");
        chart.getStyler().setYAxisDecimalPattern("0.###");
        styler.setChartTitleFont(styler.getChartTitleFont().deriveFont(15f));
        XYSeries trainSeries = chart.addSeries("train", x, train);
        trainSeries.setMarker(SeriesMarkers.NONE);
        trainSeries.setLineColor(TRAIN);
        if (validation != null && java.util.Arrays.stream(validation).allMatch(Double::isFinite)) {
            XYSeries validationSeries = chart.addSeries("validation", x, validation);
            validationSeries.setMarker(SeriesMarkers.NONE);
            validationSeries.setLineColor(VALIDATION);
        }
        if (bestEpoch > 0) {
            XYSeries kept = chart.addSeries("kept (epoch " + bestEpoch + ")", new double[] {bestEpoch, bestEpoch},
                    new double[] {min(train, validation), max(train, validation)});
            kept.setMarker(SeriesMarkers.NONE);
            kept.setLineColor(KEPT);
            kept.setLineStyle(org.knowm.xchart.style.lines.SeriesLines.DASH_DASH);
        }
        if (x.length > 1) {
            // XChart puts a tick at every few points of equally spaced x data (knowm/XChart#731); one invisible
            // point between the first two epochs makes it choose round tick steps instead.
            XYSeries spacing = chart.addSeries(" ", new double[] {x[0] + 0.5}, new double[] {train[0]});
            spacing.setMarker(SeriesMarkers.NONE);
            spacing.setLineStyle(org.knowm.xchart.style.lines.SeriesLines.NONE);
            spacing.setShowInLegend(false);
        }
        return chart;
    }

    private static double min(double[] first, double[] second) {
        double value = java.util.Arrays.stream(first).filter(Double::isFinite).min().orElse(0);
        return second == null ? value
                : Math.min(value, java.util.Arrays.stream(second).filter(Double::isFinite).min().orElse(value));
    }

    private static double max(double[] first, double[] second) {
        double value = java.util.Arrays.stream(first).filter(Double::isFinite).max().orElse(1);
        return second == null ? value
                : Math.max(value, java.util.Arrays.stream(second).filter(Double::isFinite).max().orElse(value));
    }
}
