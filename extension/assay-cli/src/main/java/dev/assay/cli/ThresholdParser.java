package dev.assay.cli;

import dev.assay.metrics.MetricCatalog;
import dev.assay.report.BenchmarkSpec;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code ThresholdParser} reads the bounds people type on the command line: {@code mae<=12},
 * {@code accuracy>=0.8}, {@code 0.6<=pearson<=1}, optionally for one model: {@code ridge:mae<=12}.
 */
final class ThresholdParser {

    private static final String NUMBER = "([-+]?\\d*\\.?\\d+(?:[eE][-+]?\\d+)?)";
    private static final Pattern RANGE = Pattern.compile(NUMBER + "<=([^<>=]+)<=" + NUMBER);
    private static final Pattern MAX = Pattern.compile("([^<>=]+)<=" + NUMBER);
    private static final Pattern MIN = Pattern.compile("([^<>=]+)>=" + NUMBER);

    private ThresholdParser() {
    }

    static BenchmarkSpec.ThresholdSpec parse(String text) {
        String bound = text.replace(" ", "");
        String model = null;
        int colon = bound.indexOf(':');
        if (colon > 0) {
            model = bound.substring(0, colon);
            bound = bound.substring(colon + 1);
        }
        Double min = null;
        Double max = null;
        String metric;
        Matcher m;
        if ((m = RANGE.matcher(bound)).matches()) {
            min = Double.parseDouble(m.group(1));
            metric = m.group(2);
            max = Double.parseDouble(m.group(3));
        } else if ((m = MAX.matcher(bound)).matches()) {
            metric = m.group(1);
            max = Double.parseDouble(m.group(2));
        } else if ((m = MIN.matcher(bound)).matches()) {
            metric = m.group(1);
            min = Double.parseDouble(m.group(2));
        } else {
            throw new IllegalArgumentException("--threshold [" + text + "] is not a bound; write 'mae<=12', "
                    + "'accuracy>=0.8' or '0.6<=pearson<=1', optionally prefixed by a model: 'ridge:mae<=12'");
        }
        if (!MetricCatalog.isKnown(metric)) {
            throw new IllegalArgumentException("--threshold [" + text + "] names the metric [" + metric
                    + "]; known metrics include " + MetricCatalog.closest(metric, 5));
        }
        if (min != null && max != null && min > max) {
            throw new IllegalArgumentException("--threshold [" + text + "] has its minimum above its maximum");
        }
        return new BenchmarkSpec.ThresholdSpec(metric, min, max, model);
    }
}
