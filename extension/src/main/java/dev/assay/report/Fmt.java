package dev.assay.report;

import java.util.Locale;

/** {@code Fmt} formats numbers for people: four significant digits, no exponent for everyday sizes. */
public final class Fmt {

    private Fmt() {
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
        String s = String.format(Locale.ROOT, "%." + decimals + "f", v);
        if (s.contains(".")) {
            s = s.replaceAll("0+$", "").replaceAll("\\.$", "");
        }
        return s;
    }

    /** A number or {@code n/a} for a missing one. */
    public static String num(Double v) {
        return v == null ? "n/a" : num(v.doubleValue());
    }
}
