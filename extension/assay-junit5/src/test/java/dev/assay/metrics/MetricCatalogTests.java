package dev.assay.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import dev.assay.api.Task;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class MetricCatalogTests {

    @Test
    void suggestsCloseNamesBestFirst() {
        assertThat(MetricCatalog.closest("f1_makro", 3)).first().isEqualTo("f1_macro");
        assertThat(MetricCatalog.closest("F1_MAKRO", 3)).contains("f1_macro");
        assertThat(MetricCatalog.closest("latency_p95", 2)).containsExactly("latency_p95_ms");
        assertThat(MetricCatalog.closest("f1_micr", 2)).containsExactly("f1_micro", "f1_macro");
        assertThat(MetricCatalog.closest("category_acuracy", 1)).containsExactly("category_accuracy");
        assertThat(MetricCatalog.closest("completely_unrelated_words", 3)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"accuracy", "f1_macro", "mae", "kendall", "subset_accuracy", "bleu", "field_accuracy",
        "latency_p99_ms", "tokens_per_s", "f1[pos]", "precision[10]", "recall[a b]", "category_accuracy",
        "category_f1_macro", "category_f1[Poor]"})
    void knows(String name) {
        assertThat(MetricCatalog.isKnown(name)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"f1_makro", "f1[]", "auc[pos]", "category_mae", "category_", "Accuracy", ""})
    void doesNotKnow(String name) {
        assertThat(MetricCatalog.isKnown(name)).isFalse();
        assertThat(MetricCatalog.direction(name)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"mae, LOWER_IS_BETTER", "r2, HIGHER_IS_BETTER", "log_loss, LOWER_IS_BETTER",
        "brier, LOWER_IS_BETTER", "ece, LOWER_IS_BETTER", "hamming_loss, LOWER_IS_BETTER", "mse, LOWER_IS_BETTER",
        "rmse, LOWER_IS_BETTER", "mape, LOWER_IS_BETTER", "wer, LOWER_IS_BETTER", "cer, LOWER_IS_BETTER",
        "latency_p95_ms, LOWER_IS_BETTER", "ttft_p50_ms, LOWER_IS_BETTER", "throughput_per_s, HIGHER_IS_BETTER",
        "tokens_per_s, HIGHER_IS_BETTER", "success_rate, HIGHER_IS_BETTER", "f1[pos], HIGHER_IS_BETTER",
        "category_accuracy, HIGHER_IS_BETTER", "category_log_loss, LOWER_IS_BETTER", "kendall, HIGHER_IS_BETTER"})
    void knowsDirections(String name, Direction direction) {
        assertThat(MetricCatalog.direction(name)).contains(direction);
    }

    @Test
    void namesPerTaskIncludeEveryTaskMetrics() {
        assertThat(MetricCatalog.names(Task.REGRESSION)).startsWith("mae", "mse", "rmse")
                .contains("kendall", "success_rate", "latency_p95_ms", "tokens_per_s")
                .doesNotContain("accuracy");
        assertThat(MetricCatalog.names(Task.CLASSIFICATION)).contains("roc_auc", "ece", "throughput_per_s");
        assertThat(MetricCatalog.names(Task.GENERATION)).contains("bleu", "chrf", "rouge_l", "token_f1", "jaccard");
        assertThat(MetricCatalog.names(Task.EXTRACTION)).contains("json_valid_rate", "schema_valid_rate");
        assertThat(MetricCatalog.names(Task.RANKING)).contains("success_rate");
        assertThat(MetricCatalog.names(Task.AUTO)).contains("accuracy", "mae", "hamming_loss", "bleu");
    }
}
