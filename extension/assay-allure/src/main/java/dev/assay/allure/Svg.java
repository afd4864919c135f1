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
        return new Chart(name, xmlSafe(g.getSVGDocument()));
    }

    /**
     * The document without the characters XML 1.0 forbids even escaped (control characters, broken
     * surrogates): labels are made printable before they reach a chart, and this keeps every SVG Assay
     * writes parseable whatever text slips through.
     */
    static String xmlSafe(String svg) {
        StringBuilder out = null;
        for (int i = 0; i < svg.length(); i++) {
            char c = svg.charAt(i);
            boolean pair = Character.isHighSurrogate(c) && i + 1 < svg.length() && Character.isLowSurrogate(svg.charAt(i + 1));
            boolean allowed = c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c < 0xd800) || (c > 0xdfff && c < 0xfffe)
                    || pair || Character.isLowSurrogate(c) && i > 0 && Character.isHighSurrogate(svg.charAt(i - 1));
            if (!allowed && out == null) {
                out = new StringBuilder(svg.length()).append(svg, 0, i);
            }
            if (out != null) {
                out.append(allowed ? c : '\ufffd');
            }
        }
        return out == null ? svg : out.toString();
    }
}
