package com.clinicnetwork.benchmark;

import java.awt.BasicStroke;
import java.awt.Color;
import java.io.IOException;
import java.text.DecimalFormat;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/** Draws one path's p50 and p99 latency against the offered rate, with the budget as a line, so the knee shows. */
final class Charts {

    private static final int WIDTH = 900;
    private static final int HEIGHT = 500;

    private Charts() {
    }

    static Path draw(KneeSearch.Knee knee, String profile, Path directory) throws IOException {
        System.setProperty("java.awt.headless", "true");
        XYSeries p50 = new XYSeries("p50");
        XYSeries p99 = new XYSeries("p99");
        List<Step> byRate = knee.steps().stream().sorted(Comparator.comparingDouble(step -> step.result().targetRate())).toList();
        for (Step step : byRate) {
            p50.add(step.result().targetRate(), Math.max(0.1, step.result().percentileMillis(50)));
            p99.add(step.result().targetRate(), Math.max(0.1, step.result().percentileMillis(99)));
        }
        XYSeriesCollection series = new XYSeriesCollection();
        series.addSeries(p50);
        series.addSeries(p99);
        JFreeChart chart = ChartFactory.createXYLineChart(knee.path() + " (" + profile + " JVM profile)", "offered rate (requests/s)",
                "latency (ms, log scale)", series, PlotOrientation.VERTICAL, true, false, false);
        XYPlot plot = chart.getXYPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
        plot.setDomainGridlinePaint(Color.LIGHT_GRAY);
        double highest = Math.max(knee.budget().toMillis(), byRate.stream().mapToDouble(step -> step.result().percentileMillis(99)).max().orElse(1));
        double lowest = Math.min(knee.budget().toMillis(), byRate.stream().mapToDouble(step -> step.result().percentileMillis(50)).min().orElse(1));
        LogAxis latency = new LogAxis("latency (ms, log scale)");
        latency.setBase(10);
        latency.setTickUnit(new NumberTickUnit(1));
        latency.setNumberFormatOverride(new DecimalFormat("#,##0.#"));
        latency.setRange(Math.max(0.1, lowest / 2), highest * 2);
        plot.setRangeAxis(latency);
        NumberAxis offered = (NumberAxis) plot.getDomainAxis();
        offered.setRange(0, 1.1 * byRate.stream().mapToDouble(step -> step.result().targetRate()).max().orElse(1));
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, true);
        renderer.setSeriesPaint(0, new Color(0x1f77b4));
        renderer.setSeriesPaint(1, new Color(0xd62728));
        plot.setRenderer(renderer);
        ValueMarker budget = new ValueMarker(knee.budget().toMillis(), Color.DARK_GRAY, new BasicStroke(1.5f,
                BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {6f, 6f}, 0f));
        budget.setLabel("p99 budget " + knee.budget().toMillis() + " ms");
        budget.setLabelAnchor(RectangleAnchor.TOP_RIGHT);
        budget.setLabelTextAnchor(TextAnchor.BOTTOM_RIGHT);
        plot.addRangeMarker(budget);
        knee.knee().ifPresent(best -> {
            ValueMarker kneeMarker = new ValueMarker(best.result().targetRate(), new Color(0x2ca02c), new BasicStroke(1.5f));
            kneeMarker.setLabel("knee " + Math.round(best.result().targetRate()) + "/s");
            plot.addDomainMarker(kneeMarker);
        });
        Files.createDirectories(directory);
        Path file = directory.resolve(profile + "-" + knee.path().toLowerCase().replaceAll("[^a-z0-9]+", "-") + ".png");
        ChartUtils.saveChartAsPNG(file.toFile(), chart, WIDTH, HEIGHT);
        return file;
    }
}
