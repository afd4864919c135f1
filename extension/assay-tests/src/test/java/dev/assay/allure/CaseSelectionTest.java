package dev.assay.allure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;

/** Which case nodes reach Allure, and how secrets are kept out of what does. */
class CaseSelectionTest {

    private static long kept(CaseSelection selection, int total, int failedEvery) {
        return IntStream.range(0, total)
                .filter(i -> selection.keep("b\u0000m", i, total, failedEvery > 0 && i % failedEvery == 0, 42)).count();
    }

    @Test
    void autoKeepsEverythingUpToAThousandThenASampleAndTheFailed() {
        assertThat(kept(CaseSelection.auto(), 1000, 0)).isEqualTo(1000);
        assertThat(kept(CaseSelection.auto(), 100_000, 0)).isEqualTo(1000);
        long withFailures = kept(CaseSelection.auto(), 100_000, 10);
        assertThat(withFailures).isBetween(1900L, 2000L);
    }

    @Test
    void aSampleHasExactlyNCasesAndIsTheSameOnEveryRun() {
        assertThat(kept(CaseSelection.parse("sample:37"), 5000, 0)).isEqualTo(37);
        assertThat(CaseSelection.sample(5000, 37, 9)).isEqualTo(CaseSelection.sample(5000, 37, 9));
        assertThat(kept(CaseSelection.parse("sample:37"), 20, 0)).isEqualTo(20);
    }

    @Test
    void failedAllAndNone() {
        assertThat(kept(CaseSelection.parse("failed"), 100, 4)).isEqualTo(25);
        assertThat(kept(CaseSelection.parse("ALL"), 100, 4)).isEqualTo(100);
        assertThat(kept(CaseSelection.parse("none"), 100, 4)).isZero();
    }

    @Test
    void aBadValueIsAConfigurationErrorNamingTheKeyAndTheForms() {
        assertThatThrownBy(() -> AllureSettings.read(k -> Optional.ofNullable(Map.of(
                AllureSettings.CASES_KEY, "some").get(k))))
                .isInstanceOf(ExtensionConfigurationException.class)
                .hasMessage("Configuration error: assay.allure.cases is [some]; use auto, all, failed, none or "
                        + "sample:N (such as sample:500)");
    }
}
