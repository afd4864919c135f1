package dev.assay.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.assay.scenario.ArrivalSchedule;
import dev.assay.scenario.LatencyPercentile;
import dev.assay.scenario.ScenarioFigures;
import dev.assay.scenario.ScenarioResult;
import java.util.stream.LongStream;
import org.apache.commons.math3.distribution.ExponentialDistribution;
import org.apache.commons.math3.stat.inference.KolmogorovSmirnovTest;
import org.junit.jupiter.api.Test;

/** The server scenario's arrivals, LoadGen's percentile rule and the server verdict, without the engine. */
class ScenarioScheduleTest {

    @Test
    void theSameSeedGivesTheSameArrivalsAndAnotherSeedOthers() {
        ArrivalSchedule a = ArrivalSchedule.poisson(50, 1000, 7);
        ArrivalSchedule b = ArrivalSchedule.poisson(50, 1000, 7);
        ArrivalSchedule c = ArrivalSchedule.poisson(50, 1000, 8);
        long[] first = LongStream.range(0, 1000).map(i -> a.offsetNanos((int) i)).toArray();
        assertThat(LongStream.range(0, 1000).map(i -> b.offsetNanos((int) i)).toArray()).isEqualTo(first);
        assertThat(LongStream.range(0, 1000).map(i -> c.offsetNanos((int) i)).toArray()).isNotEqualTo(first);
        assertThat(first).isSorted();
        assertThat(first[0]).isPositive();
    }

    @Test
    void aModelsSeedMixesTheRunSeedWithTheBenchmarkAndModelNames() {
        long seed = ArrivalSchedule.seed(42, "bench", "ridge");
        assertThat(ArrivalSchedule.seed(42, "bench", "ridge")).isEqualTo(seed);
        assertThat(ArrivalSchedule.seed(43, "bench", "ridge")).isNotEqualTo(seed);
        assertThat(ArrivalSchedule.seed(42, "bench", "gemma")).isNotEqualTo(seed);
        // The separator keeps "ab"+"c" apart from "a"+"bc".
        assertThat(ArrivalSchedule.seed(42, "ab", "c")).isNotEqualTo(ArrivalSchedule.seed(42, "a", "bc"));
    }

    @Test
    void gapsAreExponentialWithTheTargetMeanAndArrivalsCountAsAPoissonProcess() {
        double qps = 50;
        int n = 20_000;
        ArrivalSchedule schedule = ArrivalSchedule.poisson(qps, n, ArrivalSchedule.seed(42, "bench", "model"));
        double[] gaps = new double[n];
        long previous = 0;
        for (int i = 0; i < n; i++) {
            gaps[i] = (schedule.offsetNanos(i) - previous) / 1e9;
            previous = schedule.offsetNanos(i);
        }
        double mean = java.util.Arrays.stream(gaps).average().orElseThrow();
        // The mean of n exponential gaps has standard deviation (1 / qps) / sqrt(n): within four of them.
        assertThat(mean).isCloseTo(1 / qps, within(4 * (1 / qps) / Math.sqrt(n)));
        // Arrivals in the first 300 s: Poisson with mean 15,000, standard deviation sqrt(15,000).
        long inWindow = LongStream.range(0, n).filter(i -> schedule.offsetNanos((int) i) <= 300_000_000_000L).count();
        assertThat((double) inWindow).isCloseTo(qps * 300, within(4 * Math.sqrt(qps * 300)));
        // The whole distribution, not only its mean: Kolmogorov-Smirnov against Exp(mean 1 / qps).
        double p = new KolmogorovSmirnovTest().kolmogorovSmirnovTest(new ExponentialDistribution(null, 1 / qps), gaps);
        assertThat(p).as("KS p-value").isGreaterThan(0.001);
        assertThat(schedule.scheduledQps()).isEqualTo((n - 1) / (schedule.offsetNanos(n - 1) / 1e9));
    }

    @Test
    void percentilesFollowLoadGensIndexRule() {
        long[] latencies = LongStream.rangeClosed(1, 100).map(ms -> ms * 1_000_000).toArray();
        LatencyPercentile p = new LatencyPercentile(latencies);
        // LoadGen: sorted[floor(n * percentile)], so the 90th of 1..100 ms is 91 ms and the 99th 100 ms.
        assertThat(p.ms(90)).isEqualTo(91.0);
        assertThat(p.ms(99)).isEqualTo(100.0);
        assertThat(p.ms(50)).isEqualTo(51.0);
        assertThat(p.shareAbove(90)).isEqualTo(0.10);
        assertThat(p.shareAbove(100)).isZero();
    }

    @Test
    void aServerRunIsInvalidWhenItsPercentileLatencyExceedsTheBoundOrItsIssueRateFallsShort() {
        ArrivalSchedule schedule = ArrivalSchedule.poisson(20, 200, 1);
        long[] onTime = new long[200];
        long[] quick = new long[200];
        long[] slow = new long[200];
        long[] late = new long[200];
        for (int i = 0; i < 200; i++) {
            onTime[i] = schedule.offsetNanos(i);
            quick[i] = onTime[i] + 5_000_000;
            slow[i] = onTime[i] + (i < 190 ? 5_000_000 : 300_000_000);
            late[i] = (long) (onTime[i] * 1.5);
        }
        ScenarioResult valid = ScenarioFigures.server(schedule, onTime, quick, 64, 100, 99, 0.05);
        assertThat(valid.verdict()).isEqualTo("VALID");
        assertThat(valid.reason()).isNull();
        assertThat(valid.latencyAtPercentileMs()).isEqualTo(5.0);
        assertThat(valid.achievedQps()).isEqualTo(valid.scheduledQps(), within(1e-3));

        // 10 of 200 over the bound: the 99th percentile (index 198) is one of them, the 90th is not.
        ScenarioResult tail = ScenarioFigures.server(schedule, onTime, slow, 64, 100, 99, 0.05);
        assertThat(tail.verdict()).isEqualTo("INVALID");
        assertThat(tail.overBound()).isEqualTo(0.05);
        assertThat(tail.reason()).isEqualTo("p99 latency 300.0 ms is above the bound 100 ms (5.0% of 200 queries over "
                + "it): lower targetQps or raise latencyBoundMs");
        assertThat(ScenarioFigures.server(schedule, onTime, slow, 64, 100, 90, 0.05).verdict()).isEqualTo("VALID");

        ScenarioResult held = ScenarioFigures.server(schedule, late, quick, 64, 100, 99, 0.05);
        assertThat(held.verdict()).isEqualTo("INVALID");
        assertThat(held.achievedQps()).isCloseTo(held.scheduledQps() / 1.5, within(0.01));
        assertThat(held.reason()).startsWith("queries were issued at ").contains("more than 5% below the schedule's");
    }
}
