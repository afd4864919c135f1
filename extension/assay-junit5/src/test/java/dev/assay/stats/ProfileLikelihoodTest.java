package dev.assay.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import dev.assay.metrics.ClassificationMetrics;
import dev.assay.metrics.MultinomialMetric;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The profile-likelihood intervals of the macro averages, plain and with Perks' penalty, against
 * scipy's SLSQP on the same constrained problem
 * ({@code fixtures/reference/stats/make_profile_reference.py}), and the macro averages' values
 * against scikit-learn's.
 */
class ProfileLikelihoodTest {

    static List<JsonNode> profileCases() {
        return Reference.profileCases();
    }

    @ParameterizedTest(name = "{index}: {0}")
    @MethodSource("profileCases")
    void macroAverageIntervalsMatchScipy(JsonNode c) {
        MultinomialMetric metric = bind(c.get("counts"), c.get("metric").asText());
        int n = (int) Arrays.stream(metric.cellCounts()).sum();

        double value = metric.compute(IntStream.range(0, n).toArray());
        Interval ci = ProfileLikelihood.interval(metric.cellCounts(),
                ProfileLikelihood.Functional.of(metric::valueAt, metric::gradientAt), 0.95,
                c.get("pseudo_count").asDouble());

        assertThat(value).isCloseTo(c.get("value").asDouble(), within(1e-12));
        assertThat(metric.valueAt(shares(metric.cellCounts()))).isCloseTo(value, within(1e-12));
        assertThat(ci.method()).isEqualTo(Interval.PROFILE_LIKELIHOOD);
        // Two optimisers on one problem: they agree on the optimum, not on its last digits.
        assertThat(ci.low()).isCloseTo(c.get("low").asDouble(), within(2e-4));
        assertThat(ci.high()).isCloseTo(c.get("high").asDouble(), within(2e-4));
    }

    @Test
    void aClassNeverFoundStillLetsTheUpperBoundReachWhatTheDataAllow() {
        // 30 cases; the rare class (3 cases) is never predicted right, so its F1 is 0 in every resample.
        MultinomialMetric f1 = bind(new double[][] {{15, 2, 1}, {3, 6, 0}, {1, 2, 0}}, "f1_macro");

        ProfileLikelihood.Functional f = ProfileLikelihood.Functional.of(f1::valueAt, f1::gradientAt);
        Interval ci = ProfileLikelihood.interval(f1.cellCounts(), f, 0.95, 0);
        Interval wider = ProfileLikelihood.interval(f1.cellCounts(), f, 0.99, 0);
        Interval penalised = ProfileLikelihood.interval(f1.cellCounts(), f, 0.95, ProfileLikelihood.perks(9));

        double value = f1.valueAt(shares(f1.cellCounts()));
        assertThat(ci.low()).isLessThan(value);
        assertThat(ci.high() - value).as("room above a class the sample never got right").isGreaterThan(0.15);
        assertThat(wider.low()).isLessThan(ci.low());
        assertThat(wider.high()).isGreaterThan(ci.high());
        // Perks' ninth of a case in the empty cell moves the region towards it, so the upper end rises.
        assertThat(penalised.high()).isGreaterThan(ci.high());
    }

    @Test
    void countsThatCannotMakeALikelihoodAreRefused() {
        ProfileLikelihood.Functional sum = ProfileLikelihood.Functional.of(p -> p[0], (p, out) -> out[0] = 1);

        assertThatThrownBy(() -> ProfileLikelihood.interval(new double[] {0, 0}, sum, 0.95, 0))
                .hasMessageContaining("all 0");
        assertThatThrownBy(() -> ProfileLikelihood.interval(new double[] {-1, 3}, sum, 0.95, 0))
                .hasMessageContaining("non-negative");
        assertThatThrownBy(() -> ProfileLikelihood.interval(new double[] {1, 3}, sum, 0.95, -0.5))
                .hasMessageContaining("pseudo-count");
    }

    @Test
    void aProportionGetsTheLikelihoodRatioIntervalOfABinomial() {
        // f(p) = p_0 over two cells is a binomial proportion: its profile interval is the classic
        // likelihood-ratio interval, where 2 (logL(hat) - logL(p)) equals chi2_1(0.95) at both ends.
        double[] counts = {7, 23};
        Interval ci = ProfileLikelihood.interval(counts,
                ProfileLikelihood.Functional.of(p -> p[0], (p, out) -> {
                    out[0] = 1;
                    out[1] = 0;
                }), 0.95, 0);

        double chi2 = 3.841458820694124;
        assertThat(deviance(counts, ci.low())).isCloseTo(chi2, within(1e-4));
        assertThat(deviance(counts, ci.high())).isCloseTo(chi2, within(1e-4));
    }

    @Test
    void aFunctionThatIsNotANumberSomewhereNeverMakesABoundNotANumber() {
        // p_0 itself below 0.3, undefined above: the likelihood allows up to about 0.41 (see above), so
        // the search meets NaN on its way and must keep the last value it could compute.
        ProfileLikelihood.Functional partial = ProfileLikelihood.Functional.of(p -> p[0] < 0.3 ? p[0] : Double.NaN,
                (p, out) -> {
                    out[0] = 1;
                    out[1] = 0;
                });

        Interval ci = ProfileLikelihood.interval(new double[] {7, 23}, partial, 0.95, 0);

        assertThat(ci.isFinite()).isTrue();
        assertThat(ci.high()).isGreaterThan(7 / 30.0).isLessThan(0.3);
    }

    private static double deviance(double[] counts, double p) {
        double n = counts[0] + counts[1];
        double hat = counts[0] / n;
        return 2 * (counts[0] * Math.log(hat / p) + counts[1] * Math.log((1 - hat) / (1 - p)));
    }

    private static double[] shares(double[] counts) {
        double n = Arrays.stream(counts).sum();
        return Arrays.stream(counts).map(c -> c / n).toArray();
    }

    private static MultinomialMetric bind(JsonNode counts, String metric) {
        double[][] matrix = new double[counts.size()][];
        for (int i = 0; i < matrix.length; i++) {
            matrix[i] = Reference.numbers(counts.get(i));
        }
        return bind(matrix, metric);
    }

    /** Expands a confusion matrix into cases, labels {@code l0, l1, …}, and binds the metric to them. */
    private static MultinomialMetric bind(double[][] matrix, String metric) {
        List<String> expected = new ArrayList<>();
        List<String> predicted = new ArrayList<>();
        for (int i = 0; i < matrix.length; i++) {
            for (int j = 0; j < matrix.length; j++) {
                for (int c = 0; c < matrix[i][j]; c++) {
                    expected.add("l" + i);
                    predicted.add("l" + j);
                }
            }
        }
        return (MultinomialMetric) ClassificationMetrics.bind(expected.toArray(String[]::new),
                predicted.toArray(String[]::new), null, null).get(metric);
    }
}
