package dev.assay.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class LabelsTests {

    @Test
    void ordersNumbersNumerically() {
        assertThat(Labels.sorted(List.of("10", "9", "1", "9", "-2.5", "1e1"))).containsExactly("-2.5", "1", "9", "10",
                "1e1");
    }

    @Test
    void ordersAnyNonNumberAsStrings() {
        assertThat(Labels.sorted(List.of("pos", "neg"))).containsExactly("neg", "pos");
        assertThat(Labels.sorted(List.of("10", "9", "NaN"))).containsExactly("10", "9", "NaN");
        assertThat(Labels.sorted(List.of("true", "false"))).containsExactly("false", "true");
    }

    @Test
    void emptyStaysEmpty() {
        assertThat(Labels.sorted(List.of())).isEmpty();
    }
}
