package dev.assay.allure;

import java.awt.Color;
import java.awt.Rectangle;
import org.jfree.chart.JFreeChart;
import org.jfree.svg.SVGGraphics2D;

/**
 * {@code Svg} renders a JFreeChart to an SVG document with JFreeSVG. Charts are drawn on a
 * {@link SVGGraphics2D}, never on a screen, so they work on CI machines without a display; the
 * headless property is set before AWT loads, in case the JVM was started without it.
 */
final class Svg {

    static final int WIDTH = 640;
    static final int HEIGHT = 400;

    static {
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
    }

    private Svg() {
    }

    /** A named SVG chart, ready to attach. */
    record Chart(String name, String svg) {
    }

    static Chart render(String name, JFreeChart chart) {
        return render(name, chart, WIDTH, HEIGHT);
    }

    static Chart render(String name, JFreeChart chart, int width, int height) {
        chart.setBackgroundPaint(Color.WHITE);
        SVGGraphics2D g = new SVGGraphics2D(width, height);
        chart.draw(g, new Rectangle(0, 0, width, height));
        return new Chart(name, g.getSVGDocument());
    }
}
