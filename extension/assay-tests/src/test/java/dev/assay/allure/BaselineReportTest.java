package dev.assay.allure;

import static org.assertj.core.api.Assertions.assertThat;

import dev.assay.report.BaselineEvidence;
import dev.assay.report.BaselineResult;
import java.util.List;
import org.junit.jupiter.api.Test;

class BaselineReportTest {

    @Test
    void aModelThatCouldNotBeCheckedSaysWhyInsteadOfAnEmptyTable() {
        BaselineEvidence evidence = new BaselineEvidence("node", "b", "ridge", "baselines/b.json", List.of(),
                "no stored baseline at [baselines/b.json]; create it by running once with assay.baseline.update=true",
                false, 0.95);

        assertThat(BaselineReport.description(evidence)).startsWith("<p><b>ridge</b> could not be checked: no stored "
                + "baseline at [baselines/b.json]; create it").doesNotContain("<table");
    }

    @Test
    void regressionsComeFirstAndAHeldMetricSaysSo() {
        BaselineResult held = new BaselineResult("ridge", "b.json", "accuracy", 0.80, 0.81, 0.01, -0.02, 0.04, "delta",
                "mcnemar_exact", 0.6, 0.6, 0.0, false, "held");
        BaselineResult regressed = new BaselineResult("ridge", "b.json", "mae", 3.0, 4.5, 1.5, 0.9, 2.1, "delta",
                "wilcoxon", 0.001, 0.002, 0.0, true, "worse");
        String html = BaselineReport.description(new BaselineEvidence("node", "b", "ridge", "b.json",
                List.of(held, regressed), null, false, 0.95)).replaceAll(" style=\"padding:1px 8px\"|padding:1px 8px;", "");

        assertThat(html).contains("regressed on 1 of 2 metrics").contains("95% interval");
        assertThat(html.indexOf("<td>mae</td>")).isLessThan(html.indexOf("<td>accuracy</td>"));
        assertThat(html).contains(">regressed</td>").contains(">held</td>").contains("[0.9, 2.1]");
    }
}
