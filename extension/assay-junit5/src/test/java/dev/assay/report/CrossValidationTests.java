package dev.assay.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.assay.api.Task;
import dev.assay.data.StratifiedKFold;
import java.util.List;
import java.util.stream.IntStream;
import org.apache.commons.math3.distribution.TDistribution;
import org.junit.jupiter.api.Test;

/** Each metric per fold, then mean, standard error and a Student-t interval across folds. */
class CrossValidationTests {

    @Test
    void regressionMetricsAreAggregatedAcrossFolds() {
        List<Integer> items = IntStream.range(0, 30).boxed().toList();
        StratifiedKFold folds = StratifiedKFold.of(5, 3);
        // Strata: three bins of the target; the "model" ignores training and is off by i mod 4.
        CrossValidation.Result cv = CrossValidation.run(folds, Task.REGRESSION, items, i -> String.valueOf(i / 10),
                train -> i -> (double) (i + i % 4), i -> (double) i, 0.95);

        int[] fold = folds.assign(items, i -> String.valueOf(i / 10));
        double[] mae = new double[5];
        int[] size = new int[5];
        for (int i : items) {
            mae[fold[i]] += i % 4;
            size[fold[i]]++;
        }
        for (int f = 0; f < 5; f++) {
            mae[f] /= size[f];
        }
        double mean = IntStream.range(0, 5).mapToDouble(f -> mae[f]).sum() / 5;
        double ss = IntStream.range(0, 5).mapToDouble(f -> (mae[f] - mean) * (mae[f] - mean)).sum();
        double se = Math.sqrt(ss / 4) / Math.sqrt(5);
        double t = new TDistribution(4).inverseCumulativeProbability(0.975);

        CrossValidation.FoldEstimate e = cv.metrics().get("mae");
        assertThat(cv.foldSizes()).containsExactly(6, 6, 6, 6, 6);
        assertThat(e.perFold()).containsExactly(mae, within(1e-12));
        assertThat(e.mean()).isCloseTo(mean, within(1e-12));
        assertThat(e.stdError()).isCloseTo(se, within(1e-12));
        assertThat(e.ciLow()).isCloseTo(mean - t * se, within(1e-9));
        assertThat(e.ciHigh()).isCloseTo(mean + t * se, within(1e-9));
        assertThat(cv.describe()).contains("mae " + Fmt.num(mean) + " \u00b1 ");
    }

    @Test
    void theTrainerOnlySeesTheOtherFolds() {
        List<Integer> items = IntStream.range(0, 20).boxed().toList();
        CrossValidation.Result cv = CrossValidation.run(StratifiedKFold.of(4, 1), Task.CLASSIFICATION, items,
                i -> i % 2 == 0 ? "even" : "odd",
                train -> {
                    // A model that remembers its training cases and answers "seen" for them: none is ever seen.
                    return i -> train.contains(i) ? "seen" : (i % 2 == 0 ? "even" : "odd");
                },
                i -> i % 2 == 0 ? "even" : "odd", 0.95);
        assertThat(cv.metrics().get("accuracy").perFold()).containsExactly(1, 1, 1, 1);
        assertThat(cv.metrics().get("accuracy").stdError()).isZero();
    }

    @Test
    void intervalsStayInsideTheMetricsRange() {
        // Errors of 0 in most folds and a large one in one fold: mean − t·se would be negative for the
        // errors, and mean + t·se above 1 for R².
        List<Integer> items = IntStream.range(0, 50).boxed().toList();
        CrossValidation.Result cv = CrossValidation.run(StratifiedKFold.of(5, 7), Task.REGRESSION, items,
                i -> String.valueOf(i / 10), train -> i -> (double) (i == 7 ? i + 40 : i), i -> (double) i, 0.95);

        for (String metric : List.of("mae", "mse", "rmse")) {
            CrossValidation.FoldEstimate e = cv.metrics().get(metric);
            assertThat(e.mean() - 2.776 * e.stdError()).as(metric + ": the unbounded interval would go below 0")
                    .isNegative();
            assertThat(e.ciLow()).as(metric).isZero();
        }
        CrossValidation.FoldEstimate r2 = cv.metrics().get("r2");
        assertThat(r2.mean() + 2.776 * r2.stdError()).isGreaterThan(1);
        assertThat(r2.ciHigh()).isEqualTo(1.0);
        assertThat(r2.ciLow()).isLessThan(1.0);
    }

    @Test
    void twoModelsAcrossFoldsGetTheCorrectedResampledTTest() {
        List<Integer> items = IntStream.range(0, 60).boxed().toList();
        StratifiedKFold folds = StratifiedKFold.of(5, 11);
        CrossValidation.Trainer<Integer> rough = train -> i -> (double) (i + (i % 5) - 2);
        CrossValidation.Trainer<Integer> fine = train -> i -> (double) (i + ((i % 5) - 2) * 0.5);

        java.util.Map<String, dev.assay.stats.CorrectedResampledTTest.Result> tests = CrossValidation.compare(folds,
                Task.REGRESSION, items, i -> String.valueOf(i / 20), rough, fine, i -> (double) i, 0.95);

        // The same folds, one model at a time: the test runs on the folds' differences with n_test / n = 1/5.
        double[] base = CrossValidation.run(folds, Task.REGRESSION, items, i -> String.valueOf(i / 20), rough,
                i -> (double) i, 0.95).metrics().get("mae").perFold();
        double[] cand = CrossValidation.run(folds, Task.REGRESSION, items, i -> String.valueOf(i / 20), fine,
                i -> (double) i, 0.95).metrics().get("mae").perFold();
        double[] differences = IntStream.range(0, 5).mapToDouble(f -> cand[f] - base[f]).toArray();
        dev.assay.stats.CorrectedResampledTTest.Result expected =
                dev.assay.stats.CorrectedResampledTTest.test(differences, 0.2, 0.95);
        assertThat(tests.get("mae").meanDifference()).isCloseTo(expected.meanDifference(), within(1e-12))
                .isNegative();
        assertThat(tests.get("mae").pValue()).isEqualTo(expected.pValue());
        assertThat(tests.get("mae").df()).isEqualTo(4);
    }
}
