package dev.assay.stats;

import java.util.Comparator;
import java.util.stream.IntStream;

/**
 * Average ranks of absolute differences (scipy's {@code rankdata(method='average')}), summed by
 * sign, with the tie term {@code Σ t(t² - 1) / 2} the normal approximation subtracts.
 */
record SignedRanks(double positive, double negative, double tieCorrection) {

    static SignedRanks of(double[] differences) {
        int n = differences.length;
        Integer[] order = IntStream.range(0, n).boxed()
                .sorted(Comparator.comparingDouble(i -> Math.abs(differences[i])))
                .toArray(Integer[]::new);
        double positive = 0.0;
        double negative = 0.0;
        double tieCorrection = 0.0;
        int start = 0;
        while (start < n) {
            int end = start + 1;
            double magnitude = Math.abs(differences[order[start]]);
            while (end < n && Math.abs(differences[order[end]]) == magnitude) {
                end++;
            }
            double rank = (start + 1 + end) / 2.0; // the mean of ranks start+1 .. end
            for (int k = start; k < end; k++) {
                if (differences[order[k]] > 0) {
                    positive += rank;
                } else {
                    negative += rank;
                }
            }
            double ties = end - start;
            if (ties > 1) {
                tieCorrection += 0.5 * ties * (ties * ties - 1);
            }
            start = end;
        }
        return new SignedRanks(positive, negative, tieCorrection);
    }
}
