package dev.assay.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.assay.api.Task;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The coverage of the intervals a summary reports ({@link MetricEstimator}: the penalised profile
 * likelihood for the macro averages, Fisher's z for {@code pearson}, BCa for the rest below
 * {@link MetricEstimator#BCA_MAX_CASES} cases), measured: for each metric and size, 5,000 simulated
 * datasets ({@code -Dcoverage.datasets=N} for another count) drawn from a population whose value is
 * known, each given a 95% interval exactly as a run would (1,000 resamples, the metric's own Assay
 * implementation); the share of intervals that contain the population value should lie within
 * 0.93–0.97. A benchmark (tag {@code benchmark}): it takes about a minute on two cores, so it is left
 * out of ordinary builds. Run it with
 *
 * <pre>
 * mvn -B -o -pl extension/assay-junit5 test -Dtest=IntervalCoverageBenchmark -Dassay.excludedGroups= -Dgroups=benchmark
 * </pre>
 *
 * <p>Populations: {@code f1_macro}, {@code precision_macro}, {@code recall_macro}, three classes with
 * priors 0.6 / 0.3 / 0.1, each predicted right with probability 0.85 / 0.70 / 0.60 and otherwise as
 * one of the two others at random (the population F1 of a class is
 * {@code 2 P(c, c) / (P(pred = c) + P(true = c))}); {@code roc_auc},
 * 30% positives, scores N(1, 1) for positives and N(0, 1) for negatives (AUC = Φ(1/√2));
 * {@code mae}, errors N(0, 2²) (MAE = 2√(2/π)); {@code pearson}, a standard bivariate normal with
 * ρ = 0.6.
 */
@Tag("benchmark")
class IntervalCoverageBenchmark {

    private static final int DATASETS = Integer.getInteger("coverage.datasets", 5000);
    private static final int[] SIZES = {30, 100, 300};
    private static final double[] PRIORS = {0.6, 0.3, 0.1};
    private static final double[] RIGHT = {0.85, 0.70, 0.60};
    private static final double RHO = 0.6;
    private static final double ERROR_SD = 2.0;

    /** How many intervals each method made (BCa falls back to percentile where it is undefined). */
    private final Map<String, Integer> methods = new TreeMap<>();

    @Test
    void intervalsCoverThePopulationValue() {
        Map<String, double[]> table = new LinkedHashMap<>();
        for (String macro : List.of("f1_macro", "precision_macro", "recall_macro")) {
            table.put(macro, coverage(macro, Task.CLASSIFICATION, populationMacro(macro), this::threeClasses));
        }
        table.put("roc_auc", coverage("roc_auc", Task.CLASSIFICATION,
                new NormalDistribution(null, 0, 1).cumulativeProbability(1 / Math.sqrt(2)), this::scoredBinary));
        table.put("mae", coverage("mae", Task.REGRESSION, ERROR_SD * Math.sqrt(2 / Math.PI), this::noisyRegression));
        table.put("pearson", coverage("pearson", Task.REGRESSION, RHO, this::correlated));

        StringBuilder out = new StringBuilder("| metric | n = 30 | n = 100 | n = 300 |\n|---|---|---|---|\n");
        table.forEach((metric, c) -> out.append(String.format(Locale.ROOT, "| `%s` | %.3f | %.3f | %.3f |%n", metric,
                c[0], c[1], c[2])));
        System.out.println("[coverage] 95% intervals, " + DATASETS + " datasets per size\n" + out + "[coverage] "
                + methods);
        SoftAssertions soft = new SoftAssertions();
        table.forEach((metric, c) -> {
            for (int i = 0; i < SIZES.length; i++) {
                soft.assertThat(c[i]).as(metric + " at n=" + SIZES[i]).isBetween(0.93, 0.97);
            }
        });
        soft.assertAll();
        assertThat(table).hasSize(6);
    }

    private interface Generator {
        List<CaseRecord> records(int n, SplittableRandom random);
    }

    private double[] coverage(String metric, Task task, double population, Generator generator) {
        double[] shares = new double[SIZES.length];
        for (int s = 0; s < SIZES.length; s++) {
            int n = SIZES[s];
            SplittableRandom random = new SplittableRandom(31L * n + metric.hashCode());
            int covered = 0;
            for (int d = 0; d < DATASETS; d++) {
                MetricEstimator estimator = new MetricEstimator(new EstimatorSettings(0.95, 1000, d, 5_000));
                List<CaseRecord> records = generator.records(n, random);
                ModelScorer scorer = new ModelScorer(records, task, null, null);
                Summary.Estimate e = estimator.estimate("coverage/" + metric, metric, scorer.quality().get(metric), n);
                covered += e.ciLow() != null && e.ciLow() <= population && population <= e.ciHigh() ? 1 : 0;
                methods.merge(metric + " n=" + n + " " + e.method(), 1, Integer::sum);
            }
            shares[s] = covered / (double) DATASETS;
        }
        return shares;
    }

    /**
     * The population's macro average over the three classes, from the joint probabilities
     * {@code P(c, c)}: recall {@code P(c, c) / P(true = c)}, precision {@code P(c, c) / P(pred = c)},
     * F1 {@code 2 P(c, c) / (P(true = c) + P(pred = c))}.
     */
    private static double populationMacro(String metric) {
        double sum = 0;
        for (int c = 0; c < 3; c++) {
            double right = PRIORS[c] * RIGHT[c];
            double predicted = right;
            for (int t = 0; t < 3; t++) {
                predicted += t == c ? 0 : PRIORS[t] * (1 - RIGHT[t]) / 2;
            }
            sum += switch (metric) {
                case "recall_macro" -> right / PRIORS[c];
                case "precision_macro" -> right / predicted;
                default -> 2 * right / (PRIORS[c] + predicted);
            };
        }
        return sum / 3;
    }

    private List<CaseRecord> threeClasses(int n, SplittableRandom random) {
        List<CaseRecord> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            double u = random.nextDouble();
            int truth = u < PRIORS[0] ? 0 : u < PRIORS[0] + PRIORS[1] ? 1 : 2;
            int predicted = random.nextDouble() < RIGHT[truth] ? truth : (truth + 1 + random.nextInt(2)) % 3;
            out.add(record(i, Task.CLASSIFICATION, "c" + truth, "c" + predicted, null));
        }
        return out;
    }

    private List<CaseRecord> scoredBinary(int n, SplittableRandom random) {
        List<CaseRecord> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            boolean positive = random.nextDouble() < 0.3;
            double score = (positive ? 1 : 0) + gaussian(random);
            double p = 1 / (1 + Math.exp(-score));
            out.add(record(i, Task.CLASSIFICATION, positive ? "1" : "0", p >= 0.5 ? "1" : "0",
                    Map.of("1", p, "0", 1 - p)));
        }
        return out;
    }

    private List<CaseRecord> noisyRegression(int n, SplittableRandom random) {
        List<CaseRecord> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            double y = 50 + 10 * gaussian(random);
            out.add(record(i, Task.REGRESSION, y, y + ERROR_SD * gaussian(random), null));
        }
        return out;
    }

    private List<CaseRecord> correlated(int n, SplittableRandom random) {
        List<CaseRecord> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            double y = gaussian(random);
            out.add(record(i, Task.REGRESSION, y, RHO * y + Math.sqrt(1 - RHO * RHO) * gaussian(random), null));
        }
        return out;
    }

    private static CaseRecord record(int i, Task task, Object expected, Object predicted, Map<String, Double> probs) {
        return new CaseRecord("coverage", "coverage", "m", String.format(Locale.ROOT, "c%04d", i), 0, task.wireName(),
                CaseRecord.OK, expected, predicted, probs, null, null, null, null, null, null, Map.of(), Map.of());
    }

    private static double gaussian(SplittableRandom random) {
        // Box–Muller; SplittableRandom has no nextGaussian on Java 17.
        return Math.sqrt(-2.0 * Math.log(1.0 - random.nextDouble())) * Math.cos(2.0 * Math.PI * random.nextDouble());
    }
}
