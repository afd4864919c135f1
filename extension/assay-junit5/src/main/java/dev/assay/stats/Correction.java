package dev.assay.stats;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.util.Arrays;
import java.util.Locale;
import org.apiguardian.api.API;

/**
 * {@code Correction} is used to adjust a benchmark's p-values for multiplicity: every metric of
 * every comparison is one test of the family. The configuration key {@code assay.correction}
 * chooses it ({@code holm}, the default, {@code bonferroni} or {@code none}).
 *
 * <pre>{@code
 * double[] adjusted = Correction.parse("bonferroni").adjust(new double[] {0.01, 0.04}); // 0.02, 0.08
 * }</pre>
 *
 * <p>Only p-values are adjusted; the intervals beside them are not (see {@link #adjustsIntervals()}).
 * NaN entries (no test) stay NaN and are left out of the family, as in {@link Holm}.
 */
@API(status = INTERNAL, since = "0.1")
public enum Correction {

    /** Holm–Bonferroni step-down: statsmodels' {@code multipletests(p, method='holm')}. */
    HOLM("holm"),
    /** Bonferroni: each p-value times the family's size, at most 1 ({@code method='bonferroni'}). */
    BONFERRONI("bonferroni"),
    /** No adjustment: each p-value stands alone. */
    NONE("none");

    private final String label;

    Correction(String label) {
        this.label = label;
    }

    /** The name used in configuration and in {@code summary.json}. */
    public String label() {
        return label;
    }

    /** Whether the intervals are adjusted too: they never are; each is a plain interval at the confidence level. */
    public boolean adjustsIntervals() {
        return false;
    }

    /** The adjusted p-values, in the order given. */
    public double[] adjust(double[] pValues) {
        return switch (this) {
            case HOLM -> Holm.adjust(pValues);
            case BONFERRONI -> bonferroni(pValues);
            case NONE -> pValues.clone();
        };
    }

    private static double[] bonferroni(double[] pValues) {
        long tests = Arrays.stream(pValues).filter(p -> !Double.isNaN(p)).count();
        double[] out = new double[pValues.length];
        for (int i = 0; i < pValues.length; i++) {
            out[i] = Double.isNaN(pValues[i]) ? Double.NaN : Math.min(1.0, pValues[i] * tests);
        }
        return out;
    }

    /**
     * The correction named {@code value} (case-insensitive); null or blank is {@link #HOLM}.
     *
     * @throws IllegalArgumentException naming the value and what is accepted
     */
    public static Correction parse(String value) {
        if (value == null || value.isBlank()) {
            return HOLM;
        }
        for (Correction c : values()) {
            if (c.label.equals(value.trim().toLowerCase(Locale.ROOT))) {
                return c;
            }
        }
        throw new IllegalArgumentException("assay.correction is [" + value + "]; use holm (the default), bonferroni "
                + "or none");
    }
}
