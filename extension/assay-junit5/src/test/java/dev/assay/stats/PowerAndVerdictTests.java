package dev.assay.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class PowerAndVerdictTests {

    @Test
    void pairedTTestMdeIsEffectSizeTimesSd() {
        assertThat(Power.pairedTTestMde(50, 0.2, 0.05))
                .isCloseTo(0.2 * Power.tTestEffectSize(50, 0.05, 0.8), within(1e-15));
    }

    @Test
    void mcNemarMdeSolvesConnorsSampleSizeFormula() {
        for (int n : new int[] {30, 100, 1_000, 20_000}) {
            for (double psi : new double[] {0.05, 0.2, 0.6}) {
                double delta = Power.mcNemarMde(n, psi, 0.05);
                if (Double.isInfinite(delta)) {
                    continue;
                }
                double za = Distributions.normalQuantile(0.975);
                double zb = Distributions.normalQuantile(0.8);
                double sampleSize = Math.pow(za * Math.sqrt(psi) + zb * Math.sqrt(psi - delta * delta), 2) / (delta * delta);
                assertThat(sampleSize).isCloseTo(n, within(1e-6 * n));
            }
        }
        // Large samples: about (z + z) sqrt(psi / n).
        assertThat(Power.mcNemarMde(1_000_000, 0.1, 0.05)).isCloseTo((1.959964 + 0.841621) * Math.sqrt(0.1 / 1e6), within(1e-6));
        // Too few pairs: no difference within reach.
        assertThat(Power.mcNemarMde(5, 0.1, 0.05)).isInfinite();
    }

    @Test
    void verdictFollowsAdjustedPAndTheBetterDirection() {
        Interval ci = new Interval(0.01, 0.05, Interval.BOOTSTRAP_PERCENTILE);
        assertThat(Verdict.decide(0.03, ci, 0.01, 0.05, true, 0, 100)).isEqualTo(Verdict.BETTER);
        assertThat(Verdict.decide(0.03, ci, 0.01, 0.05, false, 0, 100)).isEqualTo(Verdict.WORSE);
        // Not significant is not "no difference": without a tolerance nothing is shown.
        assertThat(Verdict.decide(0.03, ci, 0.20, 0.05, true, 0, 100)).isEqualTo(Verdict.CANNOT_TELL);
        assertThat(Verdict.decide(0.03, ci, 0.05, 0.05, true, 0, 100)).isEqualTo(Verdict.CANNOT_TELL);
        // No test: the interval decides.
        assertThat(Verdict.decide(0.03, ci, Double.NaN, 0.05, true, 0, 100)).isEqualTo(Verdict.BETTER);
        Interval straddling = new Interval(-0.01, 0.05, Interval.BOOTSTRAP_PERCENTILE);
        assertThat(Verdict.decide(0.03, straddling, Double.NaN, 0.05, true, 0, 100)).isEqualTo(Verdict.CANNOT_TELL);
        assertThat(Verdict.decide(0.03, null, Double.NaN, 0.05, true, 0, 100)).isEqualTo(Verdict.CANNOT_TELL);
        assertThat(Verdict.BETTER.label()).isEqualTo("better");
        assertThat(Verdict.ofLabel("cannot_tell")).isEqualTo(Verdict.CANNOT_TELL);
    }

    @Test
    void noDifferenceOnlyWhenTheIntervalLiesInsideADeclaredTolerance() {
        Interval narrow = new Interval(-0.01, 0.02, Interval.BOOTSTRAP_PERCENTILE);
        assertThat(Verdict.decide(0.005, narrow, 0.60, 0.05, true, 0.03, 100)).isEqualTo(Verdict.NO_DIFFERENCE);
        // The interval reaches the margin: equivalence is not shown (two one-sided tests, strict).
        assertThat(Verdict.decide(0.005, narrow, 0.60, 0.05, true, 0.02, 100)).isEqualTo(Verdict.CANNOT_TELL);
        assertThat(Verdict.decide(0.005, narrow, 0.60, 0.05, true, 0, 100)).isEqualTo(Verdict.CANNOT_TELL);
        // Significant beats equivalent: a real, small difference is still a difference.
        Interval tight = new Interval(0.001, 0.002, Interval.BOOTSTRAP_PERCENTILE);
        assertThat(Verdict.decide(0.0015, tight, 0.001, 0.05, true, 0.03, 100)).isEqualTo(Verdict.BETTER);
    }

    @Test
    void tooFewPairsCannotTellWhateverTheNumbers() {
        Interval ci = new Interval(0.4, 0.6, Interval.BOOTSTRAP_PERCENTILE);
        assertThat(Verdict.decide(0.5, ci, 0.001, 0.05, true, 1, Verdict.MIN_PAIRED_CASES - 1))
                .isEqualTo(Verdict.CANNOT_TELL);
        assertThat(Verdict.decide(Double.NaN, ci, 0.001, 0.05, true, 1, 100)).isEqualTo(Verdict.CANNOT_TELL);
    }

    @Test
    void edgeCasesOfTheTests() {
        McNemar.Result zero = McNemar.exact(0, 7);
        assertThat(zero.oddsRatio()).isEqualTo(0.5 / 7.5);
        assertThat(McNemar.exact(0, 0).pValue()).isEqualTo(1.0);
        assertThat(McNemar.exact(0, 0).oddsRatio()).isEqualTo(1.0);
        assertThat(McNemar.exact(12, 30).oddsRatio()).isEqualTo(0.4);

        WilcoxonSignedRank.Result same = WilcoxonSignedRank.test(new double[] {1, 2}, new double[] {1, 2});
        assertThat(same.pValue()).isNaN();
        assertThat(same.rankBiserial()).isZero();

        PairedTTest.Result one = PairedTTest.test(new double[] {1}, new double[] {0}, 0.95);
        assertThat(one.pValue()).isNaN();

        assertThatThrownBy(() -> PairedTTest.test(new double[] {1, 2}, new double[] {1}, 0.95))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("[2]").hasMessageContaining("[1]");
        assertThatThrownBy(() -> Holm.adjust(new double[] {0.2, 1.5}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("[1.5]");
        assertThatThrownBy(() -> Wilson.interval(11, 10, 0.95))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("successes [11]");
    }
}
