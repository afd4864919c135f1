package dev.assay.stats;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;
import org.apiguardian.api.API;

/**
 * {@code Holm} is used to adjust the p-values of a family of comparisons for multiplicity: the
 * Holm–Bonferroni step-down method, equal to statsmodels'
 * {@code multipletests(p, method='holm')[1]}.
 *
 * <pre>{@code
 * double[] adjusted = Holm.adjust(new double[] {0.01, 0.04, 0.03, 0.005}); // 0.03, 0.06, 0.06, 0.02
 * }</pre>
 *
 * <p>{@code NaN} entries (comparisons where no test could be run) stay {@code NaN} and are left
 * out of the family: they neither count towards the number of tests nor take part in the
 * step-down, so a missing test does not make the others stricter. statsmodels has no NaN
 * handling; the non-NaN entries equal its result on the array without the NaNs.
 */
@API(status = INTERNAL, since = "0.1")
public final class Holm {

    private Holm() {
    }

    /**
     * The Holm-adjusted p-values, in the order given.
     *
     * @throws IllegalArgumentException when a p-value is outside [0, 1]
     */
    public static double[] adjust(double[] pValues) {
        for (double p : pValues) {
            if (p < 0.0 || p > 1.0) {
                throw new IllegalArgumentException("p-values must lie in [0, 1] (or be NaN); got ["
                        + p + "] in " + Arrays.toString(pValues));
            }
        }
        Integer[] order = IntStream.range(0, pValues.length)
                .filter(i -> !Double.isNaN(pValues[i]))
                .boxed()
                .sorted(Comparator.comparingDouble(i -> pValues[i]))
                .toArray(Integer[]::new);
        double[] adjusted = new double[pValues.length];
        Arrays.fill(adjusted, Double.NaN);
        int tests = order.length;
        double runningMax = 0.0;
        for (int rank = 0; rank < tests; rank++) {
            int i = order[rank];
            // Step-down: the k-th smallest is multiplied by (m - k), and an adjusted p-value may
            // never be smaller than the one before it.
            runningMax = Math.max(runningMax, pValues[i] * (tests - rank));
            adjusted[i] = Math.min(1.0, runningMax);
        }
        return adjusted;
    }
}
