package pk.gov.mashwara.bench;

import java.awt.Color;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.jfree.chart.ChartFactory;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.DefaultCategoryDataset;

/** Bar charts of the benchmark's results as PNG files (JFreeChart). */
final class BenchmarkCharts {

    private static final Color[] COLOURS = { new Color(0x1b5e20), new Color(0x9e9e9e), new Color(0x1565c0) };

    private BenchmarkCharts() {
    }

    /**
     * One group of bars per category, one bar per series.
     *
     * @param values series name → (category → value)
     */
    static Path bars(Path file, String title, String axis, Map<String, Map<String, Double>> values) throws IOException {
        return bars(file, title, axis, values, 800);
    }

    /** As {@link #bars(Path, String, String, Map)}, {@code width} pixels wide (450 high). */
    static Path bars(Path file, String title, String axis, Map<String, Map<String, Double>> values, int width)
            throws IOException {
        System.setProperty("java.awt.headless", "true");
        var dataset = new DefaultCategoryDataset();
        values.forEach((series, byCategory) -> byCategory.forEach((category, v) -> dataset.addValue(v, series, category)));
        JFreeChart chart = ChartFactory.createBarChart(title, null, axis, dataset, PlotOrientation.VERTICAL, true, false,
                false);
        chart.setBackgroundPaint(Color.WHITE);
        var plot = (CategoryPlot) chart.getPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
        plot.getDomainAxis().setMaximumCategoryLabelLines(2);
        var renderer = (BarRenderer) plot.getRenderer();
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator("{2}",
                new java.text.DecimalFormat("0.##")));
        renderer.setDefaultItemLabelsVisible(true);
        for (int i = 0; i < values.size(); i++) {
            renderer.setSeriesPaint(i, COLOURS[i % COLOURS.length]);
        }
        Files.createDirectories(file.getParent());
        ChartUtils.saveChartAsPNG(file.toFile(), chart, width, 450);
        return file;
    }

    static Map<String, Double> percentiles(SearchBenchmark.Timings t) {
        var out = new LinkedHashMap<String, Double>();
        out.put("p50", t.p(50));
        out.put("p95", t.p(95));
        out.put("p99", t.p(99));
        return out;
    }
}
