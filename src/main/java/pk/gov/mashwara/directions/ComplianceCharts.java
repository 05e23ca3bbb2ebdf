package pk.gov.mashwara.directions;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import org.jfree.chart.ChartFactory;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.category.DefaultCategoryDataset;
import org.springframework.stereotype.Component;

import pk.gov.mashwara.shared.Messages;

/**
 * Draws the directions' charts on the server as PNG images, as the drafts' pendency charts are drawn: bars of the
 * directions not done by body and by status (the overdue part in red), and the compliance dashboard's colours week
 * by week. Labels are set in the portal's embedded Noto fonts (Naskh for Urdu).
 */
@Component
class ComplianceCharts {

    static final int WIDTH = 640;
    static final int HEIGHT = 360;
    private static final Color ON_TIME = new Color(0x1A, 0x73, 0xB8);
    static final Color RED = new Color(0xC6, 0x28, 0x28);
    static final Color AMBER = new Color(0xE0, 0x8E, 0x0B);
    static final Color GREEN = new Color(0x2E, 0x7D, 0x32);
    private static final DateTimeFormatter WEEK = DateTimeFormatter.ofPattern("dd/MM", Locale.ROOT);

    private final Font latin = font("NotoSans-Regular.ttf");
    private final Font naskh = font("NotoNaskhArabic-Regular.ttf");

    /** Open and overdue counts per category: {@code [open, overdue]}. */
    <K> byte[] pending(Map<K, long[]> counts, Function<K, String> label, String titleKey, String axisKey,
            Locale locale, boolean translatedCategories) {
        var data = new DefaultCategoryDataset();
        var onTime = Messages.get(locale, "pendency.chart.onTime");
        var overdue = Messages.get(locale, "pendency.chart.overdue");
        counts.forEach((key, count) -> {
            var category = label.apply(key);
            data.addValue(count[0] - count[1], onTime, category);
            data.addValue(count[1], overdue, category);
        });
        var chart = ChartFactory.createStackedBarChart(Messages.get(locale, titleKey), Messages.get(locale, axisKey),
                Messages.get(locale, "directions.pendency.chart.directions"), data, PlotOrientation.HORIZONTAL, true,
                false, false);
        var bars = style(chart, Messages.isRightToLeft(locale), translatedCategories);
        bars.setSeriesPaint(0, ON_TIME);
        bars.setSeriesPaint(1, RED);
        return png(chart);
    }

    /** The colours week by week, stacked: red at the bottom, then amber, then green. */
    byte[] history(List<RagWeek> weeks, Locale locale) {
        var data = new DefaultCategoryDataset();
        var red = Messages.get(locale, "compliance.rag.RED");
        var amber = Messages.get(locale, "compliance.rag.AMBER");
        var green = Messages.get(locale, "compliance.rag.GREEN");
        for (var week : weeks) {
            var category = WEEK.format(week.weekEnding());
            data.addValue(week.red(), red, category);
            data.addValue(week.amber(), amber, category);
            data.addValue(week.green(), green, category);
        }
        var chart = ChartFactory.createStackedBarChart(Messages.get(locale, "compliance.chart.title"),
                Messages.get(locale, "compliance.chart.week"), Messages.get(locale, "directions.pendency.chart.directions"),
                data, PlotOrientation.VERTICAL, true, false, false);
        var bars = style(chart, Messages.isRightToLeft(locale), false);
        bars.setSeriesPaint(0, RED);
        bars.setSeriesPaint(1, AMBER);
        bars.setSeriesPaint(2, GREEN);
        bars.setMaximumBarWidth(0.06);
        ((CategoryPlot) chart.getPlot()).getDomainAxis().setCategoryLabelPositions(CategoryLabelPositions.STANDARD);
        return png(chart);
    }

    private static byte[] png(JFreeChart chart) {
        var png = new ByteArrayOutputStream();
        try {
            ChartUtils.writeChartAsPNG(png, chart, WIDTH, HEIGHT);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not draw the chart", e);
        }
        return png.toByteArray();
    }

    private BarRenderer style(JFreeChart chart, boolean urdu, boolean translatedCategories) {
        var text = urdu ? naskh : latin;
        chart.setBackgroundPaint(Color.WHITE);
        chart.setTitle(new TextTitle(chart.getTitle().getText(), text.deriveFont(Font.BOLD, 16f)));
        chart.getLegend().setItemFont(text.deriveFont(13f));
        chart.getLegend().setFrame(org.jfree.chart.block.BlockBorder.NONE);
        var plot = (CategoryPlot) chart.getPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(new Color(0xDD, 0xDD, 0xDD));
        plot.setOutlineVisible(false);
        plot.getDomainAxis().setLabelFont(text.deriveFont(13f));
        plot.getDomainAxis().setTickLabelFont((urdu && translatedCategories ? naskh : latin).deriveFont(12f));
        var range = (NumberAxis) plot.getRangeAxis();
        range.setLabelFont(text.deriveFont(13f));
        range.setTickLabelFont(latin.deriveFont(12f));
        range.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        var bars = (BarRenderer) plot.getRenderer();
        bars.setBarPainter(new StandardBarPainter());
        bars.setShadowVisible(false);
        bars.setMaximumBarWidth(0.12);
        return bars;
    }

    private static Font font(String file) {
        try (var in = ComplianceCharts.class.getResourceAsStream("/fonts/" + file)) {
            if (in == null) {
                throw new IllegalStateException("The font " + file + " is missing from the portal");
            }
            return Font.createFont(Font.TRUETYPE_FONT, in);
        } catch (IOException | FontFormatException e) {
            throw new IllegalStateException("Could not read the font " + file, e);
        }
    }
}
