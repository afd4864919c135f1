package dev.assay.allure;

import static org.assertj.core.api.Assertions.assertThat;

import dev.assay.scenario.ScenarioResult;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A model's load scenario in its Allure summary: the verdict, LoadGen's figures, and a search's probes. */
class ScenarioTableTest {

    @Test
    void anInvalidServerRunIsRedWithItsRatesBoundAndProbes() {
        ScenarioResult.Search search = new ScenarioResult.Search(10, 80, 100, 27.0, List.of(
                new ScenarioResult.Probe(10, 9.9, 40.0, 0.0, "VALID"),
                new ScenarioResult.Probe(80, 60.0, 900.0, 0.7, "INVALID")));
        ScenarioResult server = new ScenarioResult(ScenarioResult.SERVER, 40, 40, 7L, null, null, 64, 4.1, 9.8, 21.0,
                38.0, 1471.0, 99.0, 1471.0, 200.0, 241.0, 239.0, 0.05, 100.0, 0.95, ScenarioResult.INVALID,
                "p99 latency 1471 ms is above the bound 100 ms", search);

        String html = ScenarioTable.of(server);

        assertThat(html).contains("<b>Load scenario</b> server @ 200/s (highest valid rate found): "
                + "<b style=\"color:#b3261e\">INVALID</b>")
                .contains("<td>rate</td><td>target 200/s, scheduled 241/s, issued 239/s</td>")
                .contains("<td>bound</td><td>p99 1471 ms against 100 ms; 95% of queries over it</td>")
                .contains("highest VALID rate 27/s between 10 and 80/s, 2 probes of 100 queries")
                .contains("<td>  probe 80/s</td><td>INVALID: issued 60/s, p99 900 ms, 70% over</td>");
        assertThat(ScenarioTable.of(null)).isEmpty();
    }

    @Test
    void anOfflineRunShowsItsWorkersAndThroughput() {
        ScenarioResult offline = new ScenarioResult(ScenarioResult.OFFLINE, 11, 88, null, 2, 8, null, 0.067, 1322.0,
                5.0, 7.0, 9.0, null, null, null, null, null, null, null, null, null, null, null);

        assertThat(ScenarioTable.of(offline)).contains("<b>Load scenario</b> offline \u00d7 2, batches of 8 (MLPerf")
                .contains("<td>throughput</td><td>1322 cases/s</td>").contains("<td>concurrency</td><td>2 workers, batches of 8</td>")
                .doesNotContain("bound");
    }
}
