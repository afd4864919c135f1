package dev.assay.allure;

import dev.assay.report.Display;
import dev.assay.report.Summary;
import dev.assay.resources.ResourceUsage;
import java.awt.Color;
import java.awt.Font;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * {@code ResourceCharts} draws what the process used while each model of a benchmark ran (the
 * summary's {@code resources}): mean and peak CPU in percent of one core, and peak heap and RSS in
 * MiB, side by side per model with each value printed, in neutral colours (nothing here passes or
 * fails). Shown on the leaderboard beside the speed-vs-quality chart.
 */
final class ResourceCharts {

    private static final Color LIGHT = new Color(150, 180, 215);

    private ResourceCharts() {
    }

    /** CPU per model, or null when no model of the benchmark was sampled. */
    static JFreeChart cpu(String title, Summary.BenchmarkResult benchmark) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (Summary.ModelResult m : benchmark.models) {
            ResourceUsage r = m.resources;
            if (r != null && r.cpuPercentMean() != null) {
                data.addValue(r.cpuPercentMean(), "mean", Display.shorten(m.model, Display.CHART_LABEL));
                data.addValue(r.cpuPercentMax(), "peak", Display.shorten(m.model, Display.CHART_LABEL));
            }
        }
        return data.getColumnCount() == 0 ? null
                : bars(title, "CPU, % of one core", data,
                        "process CPU while each model ran; 100 = one busy core of " + cores(benchmark) + " cores");
    }

    /** Memory per model, or null when no model of the benchmark was sampled. */
    static JFreeChart memory(String title, Summary.BenchmarkResult benchmark) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (Summary.ModelResult m : benchmark.models) {
            ResourceUsage r = m.resources;
            if (r != null) {
                data.addValue(r.heapUsedPeakMb(), "heap peak", Display.shorten(m.model, Display.CHART_LABEL));
                if (r.rssPeakMb() != null) {
                    data.addValue(r.rssPeakMb(), "RSS peak", Display.shorten(m.model, Display.CHART_LABEL));
                }
            }
        }
        return data.getColumnCount() == 0 ? null
                : bars(title, "MiB", data, "the whole JVM process while each model ran");
    }

    private static int cores(Summary.BenchmarkResult benchmark) {
        return benchmark.models.stream().filter(m -> m.resources != null).mapToInt(m -> m.resources.cores())
                .findFirst().orElse(0);
    }

    private static JFreeChart bars(String title, String axis, DefaultCategoryDataset data, String subtitle) {
        JFreeChart chart = ChartFactory.createBarChart(ChartLabels.title(title), "model", axis, data,
                PlotOrientation.VERTICAL, true, false, false);
        CategoryPlot plot = chart.getCategoryPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
        BarRenderer renderer = (BarRenderer) plot.getRenderer();
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setSeriesPaint(0, ChartColours.NEUTRAL);
        renderer.setSeriesPaint(1, LIGHT);
        renderer.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator("{2}",
                new java.text.DecimalFormat("0")));
        renderer.setDefaultItemLabelsVisible(true);
        renderer.setDefaultItemLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
        // Room above the tallest bar for its printed value.
        plot.getRangeAxis().setUpperMargin(0.15);
        chart.addSubtitle(new TextTitle(subtitle));
        return chart;
    }
}
