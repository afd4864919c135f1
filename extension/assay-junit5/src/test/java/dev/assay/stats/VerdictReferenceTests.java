package dev.assay.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Arrays;
import java.util.List;
import org.assertj.core.data.Offset;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The verdicts' statistics against the values scipy and statsmodels give ({@code fixtures/reference/stats/verdicts.json}). */
class VerdictReferenceTests {

    private static final Offset<Double> EXACT = within(1e-9);

    static List<JsonNode> oddsRatios() {
        return Reference.verdictCases("discordant_odds_ratio");
    }

    static List<JsonNode> bootstrapPValues() {
        return Reference.verdictCases("bootstrap_p_value");
    }

    static List<JsonNode> bonferroni() {
        return Reference.verdictCases("bonferroni");
    }

    static List<JsonNode> nadeauBengio() {
        return Reference.verdictCases("nadeau_bengio");
    }

    @ParameterizedTest
    @MethodSource("oddsRatios")
    void discordantOddsRatioAndItsExactIntervalMatchStatsmodels(JsonNode c) {
        EffectSize e = EffectSize.discordantOddsRatio(c.get("b").asInt(), c.get("c").asInt(),
                c.get("confidence").asDouble());
        assertThat(e.kind()).isEqualTo("discordant_odds_ratio");
        assertThat(e.value()).isCloseTo(Reference.number(c.get("odds_ratio")), EXACT);
        assertThat(e.ciLow()).isCloseTo(Reference.number(c.get("ci_low")), within(1e-7));
        double high = Reference.number(c.get("ci_high"));
        if (Double.isInfinite(high)) {
            assertThat(e.ciHigh()).isInfinite();
        } else {
            assertThat(e.ciHigh()).isCloseTo(high, within(1e-7 * Math.max(1, high)));
        }
    }

    @ParameterizedTest
    @MethodSource("bootstrapPValues")
    void resampledPValuesAreOnePlusKOverBPlusOneNeverZero(JsonNode c) {
        double[] sorted = Reference.numbers(c.get("replicates"));
        Arrays.sort(sorted);
        double p = BootstrapResult.zeroPValue(sorted);
        assertThat(p).isCloseTo(Reference.number(c.get("p_value")), EXACT);
        assertThat(p).isGreaterThanOrEqualTo(2.0 / (sorted.length + 1));
    }

    @ParameterizedTest
    @MethodSource("bonferroni")
    void bonferroniMatchesStatsmodels(JsonNode c) {
        double[] adjusted = Correction.BONFERRONI.adjust(Reference.numbers(c.get("p")));
        double[] expected = Reference.numbers(c.get("adjusted"));
        for (int i = 0; i < expected.length; i++) {
            assertThat(adjusted[i]).isCloseTo(expected[i], EXACT);
        }
        assertThat(Correction.NONE.adjust(Reference.numbers(c.get("p")))).containsExactly(Reference.numbers(c.get("p")));
    }

    @ParameterizedTest
    @MethodSource("nadeauBengio")
    void correctedResampledTTestMatchesTheFormulaWithScipysT(JsonNode c) {
        CorrectedResampledTTest.Result r = CorrectedResampledTTest.test(Reference.numbers(c.get("differences")),
                c.get("test_fraction").asDouble(), 0.95);
        assertThat(r.statistic()).isCloseTo(Reference.number(c.get("t_statistic")), EXACT);
        assertThat(r.df()).isEqualTo(c.get("df").asInt());
        assertThat(r.pValue()).isCloseTo(Reference.number(c.get("p_value")), within(1e-9));
        assertThat(r.interval().low()).isCloseTo(Reference.number(c.get("ci_low")), within(1e-9));
        assertThat(r.interval().high()).isCloseTo(Reference.number(c.get("ci_high")), within(1e-9));
    }
}
