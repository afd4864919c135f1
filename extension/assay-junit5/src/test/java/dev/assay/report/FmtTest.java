package dev.assay.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** {@link Fmt#num} prints what {@code String.format("%.nf")} with trailing zeros cut would. */
class FmtTest {

    @Test
    void fourSignificantDigitsWithoutTrailingZeros() {
        assertThat(Fmt.num(0.8123456)).isEqualTo("0.8123");
        assertThat(Fmt.num(12.5)).isEqualTo("12.5");
        assertThat(Fmt.num(1234.0)).isEqualTo("1234");
        assertThat(Fmt.num(1234.56)).isEqualTo("1235");
        assertThat(Fmt.num(-0.05)).isEqualTo("-0.05");
        assertThat(Fmt.num(0.99995)).isEqualTo("1");
        assertThat(Fmt.num(0.35)).isEqualTo("0.35");
        assertThat(Fmt.num(2.5e-5)).isEqualTo("2.50e-05");
        assertThat(Fmt.num(Double.NaN)).isEqualTo("n/a");
        assertThat(Fmt.num((Double) null)).isEqualTo("n/a");
    }

    @Test
    void agreesWithStringFormatOnManyValues() {
        Random random = new Random(3);
        for (int i = 0; i < 200_000; i++) {
            double v = (random.nextBoolean() ? 1 : -1) * Math.pow(10, random.nextDouble() * 10 - 4) * random.nextDouble();
            if (i % 4 == 0) {
                v = Math.round(v * 10_000) / 10_000.0 + (random.nextInt(3) - 1) * 0.00005; // near rounding ties
            }
            assertThat(Fmt.num(v)).as("%s", v).isEqualTo(byFormat(v));
        }
    }

    /** The former definition, by {@code String.format}. */
    private static String byFormat(double v) {
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
}
