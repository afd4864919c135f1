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
}
