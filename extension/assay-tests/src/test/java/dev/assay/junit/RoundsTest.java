package dev.assay.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.platform.testkit.engine.EventConditions.displayName;
import static org.junit.platform.testkit.engine.EventConditions.event;
import static org.junit.platform.testkit.engine.EventConditions.finishedWithFailure;

import com.fasterxml.jackson.databind.JsonNode;
import dev.assay.testkit.BenchmarkRun;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Rounds: agreement, Fleiss' kappa, pass@k / pass^k and each metric's spread, through the engine. */
class RoundsTest {

    @TempDir
    Path output;

    @Test
    void classificationRoundsReportAgreementKappaPassAtKAndSpread() {
        BenchmarkRun run = BenchmarkRun.of(output, RoundsTestCase.Labels.class);

        JsonNode rounds = run.summary().at("/benchmarks/0/models/0/rounds");
        assertThat(rounds.get("k").asInt()).isEqualTo(3);
        assertThat(rounds.get("cases").asInt()).isEqualTo(6);
        assertThat(rounds.get("cases_compared").asInt()).isEqualTo(6);
        assertThat(rounds.get("agreement").asDouble()).isEqualTo(5.0 / 6);
        // statsmodels fleiss_kappa([[0,3],[2,1],[0,3],[0,3],[0,3],[3,0]])
        assertThat(rounds.get("fleiss_kappa").asDouble()).isCloseTo(0.723076923076923, within(1e-12));
        assertThat(rounds.get("pass_criterion").asText()).isEqualTo("correct");
        assertThat(rounds.get("pass_at_k").asDouble()).isEqualTo(5.0 / 6);
        assertThat(rounds.get("pass_hat_k").asDouble()).isEqualTo(4.0 / 6);
        JsonNode accuracy = rounds.at("/metrics/accuracy");
        assertThat(accuracy.get("per_round")).extracting(JsonNode::asDouble)
                .containsExactly(5.0 / 6, 4.0 / 6, 5.0 / 6);
        double mean = 14.0 / 18;
        double sd = Math.sqrt((2 * Math.pow(5.0 / 6 - mean, 2) + Math.pow(4.0 / 6 - mean, 2)) / 2);
        assertThat(accuracy.get("mean").asDouble()).isCloseTo(mean, within(1e-12));
        assertThat(accuracy.get("std_error").asDouble()).isCloseTo(sd / Math.sqrt(3), within(1e-12));
        assertThat(rounds.at("/metrics/success_rate/mean").asDouble()).isEqualTo(1.0);
    }

    @Test
    void caseThresholdsDecidePassAtKForRegression() {
        BenchmarkRun run = BenchmarkRun.of(output, RoundsTestCase.Scores.class);

        run.results().testEvents().assertThatEvents().haveExactly(1,
                event(displayName("drift \u203a a (small) \u00b7 round 3/3"), finishedWithFailure()));
        JsonNode rounds = run.summary().at("/benchmarks/0/models/0/rounds");
        assertThat(rounds.get("agreement").asDouble()).isEqualTo(3.0 / 4);
        assertThat(rounds.has("fleiss_kappa")).as("no kappa for numbers").isFalse();
        assertThat(rounds.get("pass_criterion").asText()).isEqualTo("absolute_error<=1");
        assertThat(rounds.get("pass_at_k").asDouble()).isEqualTo(1.0);
        assertThat(rounds.get("pass_hat_k").asDouble()).isEqualTo(3.0 / 4);
        assertThat(rounds.at("/metrics/mae/per_round")).extracting(JsonNode::asDouble)
                .containsExactly(0.0, 0.25, 0.5);
    }

    @Test
    void singleRoundModelsHaveNoRoundsObject() {
        BenchmarkRun run = BenchmarkRun.of(output, CompareTestCaseFree.class);
        assertThat(run.summary().at("/benchmarks/0/models/0").has("rounds")).isFalse();
    }

    @dev.assay.api.Benchmark("single")
    @dev.assay.api.CaseSource("datasets/tiny-sentiment.jsonl")
    static class CompareTestCaseFree {
        @dev.assay.api.BenchmarkTest(model = "m")
        void m(dev.assay.api.BenchmarkCase c, dev.assay.api.Outcome out) {
            out.predict("pos");
        }
    }
}
