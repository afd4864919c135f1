package dev.assay.report;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import org.apiguardian.api.API;

/** {@code Fmt} formats numbers for people: four significant digits, no exponent for everyday sizes. */
@API(status = INTERNAL, since = "0.1")
public final class Fmt {

    private Fmt() {
    }

    /**
     * A p-value after its relation sign: {@code =0.03}, or {@code <0.001} below 0.001, where more
     * digits would claim a precision no test here has (a resampled p-value cannot go below
     * {@code 2 / (B + 1)}); {@code =n/a} when there is none.
     */
    public static String p(double p) {
        return !Double.isNaN(p) && p < 0.001 ? "<0.001" : "=" + num(p);
    }

    /** A number with up to four significant digits ({@code 0.8123}, {@code 12.5}, {@code 1234}). */
    public static String num(double v) {
        if (Double.isNaN(v)) {
            return "n/a";
        }
        if (v == Math.rint(v) && Math.abs(v) < 1e9) {
            return String.valueOf((long) v);
        }
        double abs = Math.abs(v);
        if (abs >= 1e6 || abs < 1e-4) {
            return String.format(Locale.ROOT, "%.3g", v);
        }
        int decimals = Math.max(0, 3 - (int) Math.floor(Math.log10(abs)));
        // What String.format("%.nf") prints (half-up on Double.toString's digits), without parsing a
        // format string and compiling two patterns per number: reports format thousands of them.
        String s = BigDecimal.valueOf(v).setScale(decimals, RoundingMode.HALF_UP).toPlainString();
        if (s.indexOf('.') < 0) {
            return s;
        }
        int end = s.length();
        while (s.charAt(end - 1) == '0') {
            end--;
        }
        if (s.charAt(end - 1) == '.') {
            end--;
        }
        return s.substring(0, end);
    }

    /** A number or {@code n/a} for a missing one. */
    public static String num(Double v) {
        return v == null ? "n/a" : num(v.doubleValue());
    }

    /**
     * An interval as {@code [a, b]}: unambiguous where a dash is not ({@code -13.89–-1.681}), and the
     * form every table of the report uses.
     */
    public static String range(double low, double high) {
        return "[" + num(low) + ", " + num(high) + "]";
    }
}
