package dev.assay.allure;

import dev.assay.report.BaselineEvidence;
import dev.assay.report.BaselineResult;
import dev.assay.report.Display;
import io.qameta.allure.AllureLifecycle;
import java.util.List;

/**
 * {@code BaselineReport} fills a {@code @Baseline} node ({@code baseline › ridge}): it places the node
 * under its benchmark (beside the comparisons, not under a raw class name) and puts the check's
 * table inline in its description — a headline saying whether anything regressed, then one row per
 * metric with the stored value, this run's value, the change with its interval, the test, the
 * adjusted p-value, the allowed change and the verdict.
 */
final class BaselineReport {

    private BaselineReport() {
    }

    static void write(AllureLifecycle lifecycle, BaselineEvidence b) {
        lifecycle.updateTestCase(r -> {
            r.setName("baseline \u203a " + b.model());
            ResultLabels.place(r, b.benchmark(), ResultLabels.BASELINE);
            ResultLabels.parameter(r, "model", b.model());
            ResultLabels.parameter(r, "stored baseline", b.file());
            r.setDescriptionHtml(description(b));
        });
    }

    /** The headline and the table, as the description shows them at full height. */
    static String description(BaselineEvidence b) {
        StringBuilder html = new StringBuilder("<p><b>").append(Html.escape(Display.name(b.model()))).append("</b> ");
        if (b.stored()) {
            return html.append("stored as the new baseline in <code>").append(Html.escape(b.file()))
                    .append("</code> (assay.baseline.update=true); nothing was checked.</p>").toString();
        }
        if (b.problem() != null) {
            return html.append("could not be checked: ").append(Html.escape(Display.shorten(b.problem(), 2 * Display.LINE)))
                    .append("</p>").toString();
        }
        List<BaselineResult> regressed = b.regressions();
        html.append(regressed.isEmpty() ? "did not regress" : "<span style=\"color:#b3261e\">regressed on "
                + regressed.size() + " of " + b.rows().size() + " metrics</span>");
        html.append(" against <code>").append(Html.escape(b.file())).append("</code> (").append(b.rows().size())
                .append(" metrics checked). \u0394 = this run \u2212 stored, with its ")
                .append(Math.round(b.confidence() * 100)).append("% interval; p adjusted over the model's metrics.</p>")
                .append("<table style=\"border-collapse:collapse\"><tr><th align=\"left\">metric</th><th>stored</th>")
                .append("<th>now</th><th>\u0394</th><th>interval</th><th>test</th><th>p</th><th>allowed</th>")
                .append("<th>verdict</th></tr>");
        // Regressions first: they are what the reader opened the node for.
        b.rows().stream().sorted((x, y) -> Boolean.compare(y.regressed(), x.regressed())).forEach(r -> html
                .append("<tr><td>").append(Html.escape(Display.name(r.metric()))).append("</td><td align=\"right\">")
                .append(Html.num(r.storedValue())).append("</td><td align=\"right\">").append(Html.num(r.value()))
                .append("</td><td align=\"right\">").append(Html.num(r.delta())).append("</td><td>")
                .append(Html.interval(r.ciLow(), r.ciHigh())).append(r.intervalOf() != null
                        && r.intervalOf().equals("value") ? " (of now)" : "").append("</td><td>")
                .append(Html.escape(r.test())).append("</td><td align=\"right\">").append(Html.num(r.pAdjusted()))
                .append("</td><td align=\"right\">").append(Html.num(r.allowed())).append("</td><td style=\"color:")
                .append(r.regressed() ? "#b3261e\">regressed" : "#555\">held").append("</td></tr>"));
        return Html.spaced(html.append("</table>").toString());
    }
}
