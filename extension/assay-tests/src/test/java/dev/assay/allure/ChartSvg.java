package dev.assay.allure;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jfree.chart.JFreeChart;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/**
 * A chart as the report has it: rendered by {@link Svg#render}, parsed as XML (so a test fails on an
 * SVG a browser would not open), with the texts it draws in drawing order.
 */
final class ChartSvg {

    final String svg;
    final Document document;

    private ChartSvg(String svg, Document document) {
        this.svg = svg;
        this.document = document;
    }

    static ChartSvg render(JFreeChart chart) {
        assertThat(chart).as("chart").isNotNull();
        return parse(Svg.render("chart", chart).svg());
    }

    /** An SVG document the report attached. */
    static ChartSvg parse(String svg) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            // The document names the SVG DTD; tests run offline and check well-formedness only.
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            DocumentBuilder builder = factory.newDocumentBuilder();
            Document document = builder.parse(new InputSource(new StringReader(svg)));
            assertThat(document.getDocumentElement().getTagName()).isEqualTo("svg");
            return new ChartSvg(svg, document);
        } catch (Exception e) {
            throw new AssertionError("the chart's SVG does not parse as XML", e);
        }
    }

    /** Every {@code <text>} element's content, in drawing order. */
    List<String> texts() {
        List<String> out = new ArrayList<>();
        for (Element e : elements("text")) {
            out.add(e.getTextContent());
        }
        return out;
    }

    /** The {@code <text>} elements whose content is exactly {@code content}. */
    List<Element> textsEqualTo(String content) {
        return elements("text").stream().filter(e -> e.getTextContent().equals(content)).toList();
    }

    private List<Element> elements(String tag) {
        NodeList nodes = document.getElementsByTagName(tag);
        List<Element> out = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            out.add((Element) nodes.item(i));
        }
        return out;
    }
}
