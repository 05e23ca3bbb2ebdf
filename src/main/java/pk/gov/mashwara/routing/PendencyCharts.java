package pk.gov.mashwara.routing;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import org.jfree.chart.ChartFactory;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
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
 * Draws the pendency charts on the server as PNG images: bars of open drafts, the overdue part in red. Labels are
 * set in the portal's embedded Noto fonts (Naskh for Urdu), so that the images look the same on every server.
 */
@Component
class PendencyCharts {

    static final int WIDTH = 640;
    static final int HEIGHT = 360;
    private static final Color ON_TIME = new Color(0x1A, 0x73, 0xB8);
    private static final Color OVERDUE = new Color(0xC6, 0x28, 0x28);

    private final Font latin = font("NotoSans-Regular.ttf");
    private final Font naskh = font("NotoNaskhArabic-Regular.ttf");

    byte[] byCommittee(Pendency pendency, Locale locale) {
        return draw(pendency.byCommittee(), code -> code == null ? "?" : code, "pendency.chart.byCommittee",
                "pendency.column.committee", locale, false);
    }

    byte[] byState(Pendency pendency, Locale locale) {
        return draw(pendency.byState(), s -> Messages.get(locale, "draftStatus." + s.name()), "pendency.chart.byState",
                "pendency.column.state", locale, true);
    }

    private <K> byte[] draw(Map<K, Pendency.Count> counts, Function<K, String> label, String titleKey, String axisKey,
            Locale locale, boolean translatedCategories) {
        var data = new DefaultCategoryDataset();
        var onTime = Messages.get(locale, "pendency.chart.onTime");
        var overdue = Messages.get(locale, "pendency.chart.overdue");
        counts.forEach((key, count) -> {
            var category = label.apply(key);
            data.addValue(count.open() - count.overdue(), onTime, category);
            data.addValue(count.overdue(), overdue, category);
        });
        var chart = ChartFactory.createStackedBarChart(Messages.get(locale, titleKey), Messages.get(locale, axisKey),
                Messages.get(locale, "pendency.chart.drafts"), data, PlotOrientation.HORIZONTAL, true, false, false);
        style(chart, Messages.isRightToLeft(locale), translatedCategories);
        var png = new ByteArrayOutputStream();
        try {
            ChartUtils.writeChartAsPNG(png, chart, WIDTH, HEIGHT);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not draw the chart", e);
        }
        return png.toByteArray();
    }

    private void style(JFreeChart chart, boolean urdu, boolean translatedCategories) {
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
        bars.setSeriesPaint(0, ON_TIME);
        bars.setSeriesPaint(1, OVERDUE);
        bars.setMaximumBarWidth(0.12);
    }

    private static Font font(String file) {
        try (var in = PendencyCharts.class.getResourceAsStream("/fonts/" + file)) {
            if (in == null) {
                throw new IllegalStateException("The font " + file + " is missing from the portal");
            }
            return Font.createFont(Font.TRUETYPE_FONT, in);
        } catch (IOException | FontFormatException e) {
            throw new IllegalStateException("Could not read the font " + file, e);
        }
    }
}
