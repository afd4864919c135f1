package dev.assay.allure;

import java.awt.Color;
import java.awt.Paint;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;

/**
 * {@code ChartColours} is the report's palette. Red means failure (a violated threshold, a worse
 * candidate) everywhere in the report, so a chart uses red only for that: bars, curves, markers
 * and points that carry no verdict are drawn in neutral colours. JFreeChart's own default palette
 * starts with red, which is why every chart sets its colours through this class.
 */
final class ChartColours {

    /** Bars, points and single curves that carry no verdict. */
    static final Color NEUTRAL = new Color(70, 110, 170);
    /** A candidate better than its baseline. */
    static final Color BETTER = new Color(60, 150, 80);
    /** Failure only: a candidate worse than its baseline, a violated bound. */
    static final Color WORSE = new Color(200, 70, 60);
    /** Reference marks (percentile markers, "no change" lines) and their labels. */
    static final Color MARK = new Color(60, 60, 60);
    /** Points whose comparison decided nothing. */
    static final Color UNDECIDED = new Color(130, 130, 130);

    // Tableau's ten colours without its red and pink, plus a navy and an olive: distinct curves, no verdict.
    private static final Color[] CURVES = {NEUTRAL, new Color(242, 142, 43), new Color(118, 183, 178),
            new Color(89, 161, 79), new Color(176, 122, 161), new Color(156, 117, 95), new Color(237, 201, 72),
            new Color(31, 58, 95), new Color(140, 140, 60), new Color(150, 150, 150)};

    private ChartColours() {
    }

    /** The colour of the {@code index}-th curve or series of a chart. */
    static Paint curve(int index) {
        return CURVES[index % CURVES.length];
    }

    /** Gives each series of the plot's first renderer its neutral colour. */
    static void curves(XYPlot plot) {
        for (int s = 0; s < plot.getSeriesCount(); s++) {
            plot.getRenderer().setSeriesPaint(s, curve(s));
        }
    }

    /** A count axis ticks at whole cases only: "2.5 cases" is not a count. */
    static void countAxis(NumberAxis axis) {
        axis.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        axis.setAutoRangeIncludesZero(true);
    }
}
