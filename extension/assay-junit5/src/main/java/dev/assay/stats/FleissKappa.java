package dev.assay.stats;

import static org.apiguardian.api.API.Status.INTERNAL;

import org.apiguardian.api.API;

/**
 * {@code FleissKappa} is used to measure how well several ratings of the same subjects agree beyond
 * chance; Assay rates a model against itself, one rating per round, to say how stable its labels are.
 * It follows {@code statsmodels.stats.inter_rater.fleiss_kappa(table, method='fleiss')}.
 *
 * <pre>{@code
 * // 3 cases, 3 rounds, labels {pos, neg}: counts[case][label] = rounds that gave the label
 * double kappa = FleissKappa.of(new int[][] {{3, 0}, {0, 3}, {2, 1}});
 * }</pre>
 *
 * <p>Every subject must have the same number of ratings (at least two). Kappa is 1 for perfect
 * agreement, about 0 for chance agreement, and {@code NaN} when every rating is the same category
 * (chance agreement is then 1 and kappa is 0/0, as in statsmodels).
 */
@API(status = INTERNAL, since = "0.1")
public final class FleissKappa {

    private FleissKappa() {
    }

    /**
     * Fleiss' kappa of a subjects × categories table of rating counts.
     *
     * @throws IllegalArgumentException when the table is empty, ragged, negative, or subjects have
     *     different or fewer than two ratings
     */
    public static double of(int[][] counts) {
        if (counts.length == 0 || counts[0].length == 0) {
            throw new IllegalArgumentException("Fleiss' kappa needs at least one subject and one category");
        }
        int categories = counts[0].length;
        int raters = -1;
        double[] categoryTotals = new double[categories];
        double sumAgreement = 0;
        for (int i = 0; i < counts.length; i++) {
            if (counts[i].length != categories) {
                throw new IllegalArgumentException("row [" + i + "] has " + counts[i].length + " categories, row [0] has "
                        + categories + "; give every subject the same categories");
            }
            int rowTotal = 0;
            long squares = 0;
            for (int j = 0; j < categories; j++) {
                if (counts[i][j] < 0) {
                    throw new IllegalArgumentException("count [" + counts[i][j] + "] at [" + i + "][" + j + "] is negative");
                }
                rowTotal += counts[i][j];
                squares += (long) counts[i][j] * counts[i][j];
                categoryTotals[j] += counts[i][j];
            }
            if (raters < 0) {
                raters = rowTotal;
            } else if (rowTotal != raters) {
                throw new IllegalArgumentException("subject [" + i + "] has " + rowTotal + " ratings, subject [0] has "
                        + raters + "; Fleiss' kappa needs the same number for every subject");
            }
            sumAgreement += squares;
        }
        if (raters < 2) {
            throw new IllegalArgumentException("Fleiss' kappa needs at least two ratings per subject; got [" + raters + "]");
        }
        double n = counts.length;
        // Written as statsmodels computes it, so the rounding agrees to the last digits.
        double pMean = (sumAgreement - n * raters) / (n * raters * (raters - 1.0));
        double pExpected = 0;
        for (double total : categoryTotals) {
            double p = total / (n * raters);
            pExpected += p * p;
        }
        return (pMean - pExpected) / (1 - pExpected);
    }
}
