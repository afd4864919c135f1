package dev.assay.junit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.assay.testkit.BenchmarkRun;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every kind of bad input is reported before any case runs, with a message that names the file and
 * line, the annotation or the method, and says the fix.
 */
class BadInputTest {

    @TempDir
    Path output;

    private String failureOf(Class<?> fixture) {
        return BenchmarkRun.of(output, fixture).configurationError();
    }

    @Test
    void malformedJsonLineNamesFileAndLine() {
        assertThat(failureOf(BadInputTestCase.MalformedJsonl.class))
                .startsWith("Configuration error: dataset [datasets/bad/malformed.jsonl] line 3 is not valid JSON")
                .endsWith("each line must be one JSON object");
    }

    @Test
    void malformedCsvRowNamesLineAndFieldCounts() {
        assertThat(failureOf(BadInputTestCase.MalformedCsv.class))
                .isEqualTo("Configuration error: dataset [datasets/bad/malformed.csv] line 3 has 4 fields but the "
                        + "header has 3 [id, expected, text]; quote fields that contain commas");
    }

    @Test
    void missingExpectedColumnListsTheFieldsThere() {
        assertThat(failureOf(BadInputTestCase.MissingExpected.class))
                .isEqualTo("Configuration error: dataset [datasets/bad/no-expected.jsonl:1] has no expected value in "
                        + "field [expected]; its fields are [id, label, text]; name the right one with "
                        + "@CaseSource(expected = \"...\")");
    }

    @Test
    void duplicateIdsNameBothLines() {
        assertThat(failureOf(BadInputTestCase.DuplicateIds.class))
                .isEqualTo("Configuration error: dataset [datasets/bad/duplicate-ids.jsonl] has the case id [a] twice, "
                        + "at datasets/bad/duplicate-ids.jsonl:1 and datasets/bad/duplicate-ids.jsonl:3; case ids "
                        + "must be unique");
    }

    @Test
    void emptyDatasetSaysWhatToAdd() {
        assertThat(failureOf(BadInputTestCase.EmptyDataset.class))
                .isEqualTo("Configuration error: dataset [datasets/bad/empty.jsonl] has no cases; add at least one "
                        + "JSON line");
    }

    @Test
    void missingDatasetSaysWhereItLooked() {
        assertThat(failureOf(BadInputTestCase.MissingFile.class))
                .startsWith("Configuration error: dataset [datasets/bad/nope.jsonl] not found: looked for file [")
                .contains("classpath resource [datasets/bad/nope.jsonl]");
    }

    @Test
    void unknownMetricListsTheCloseOnes() {
        assertThat(failureOf(BadInputTestCase.UnknownMetric.class))
                .startsWith("Configuration error: @Threshold on [UnknownMetric] names the metric [f1_makro]; known "
                        + "metrics include [f1_macro");
    }

    @Test
    void thresholdWithoutBound() {
        assertThat(failureOf(BadInputTestCase.ThresholdWithoutBound.class))
                .isEqualTo("Configuration error: @Threshold(metric = \"accuracy\") on [ThresholdWithoutBound] has no "
                        + "bound; set min, max or both");
    }

    @Test
    void thresholdWithMinAboveMax() {
        assertThat(failureOf(BadInputTestCase.MinAboveMax.class))
                .isEqualTo("Configuration error: @Threshold(metric = \"accuracy\") on [MinAboveMax] has min 0.9 above "
                        + "max 0.5; swap them");
    }

    @Test
    void metricOfAnotherTask() {
        assertThat(failureOf(BadInputTestCase.MetricOfAnotherTask.class))
                .startsWith("Configuration error: @Threshold(metric = \"mae\") on [MetricOfAnotherTask] does not apply "
                        + "to model [constant], whose task is classification");
    }

    @Test
    void benchmarkTestWithoutOutcome() {
        assertThat(failureOf(BadInputTestCase.NoOutcome.class))
                .isEqualTo("Configuration error: @BenchmarkTest method [m(BenchmarkCase)] has no Outcome parameter, so "
                        + "it cannot record a prediction; add [Outcome out] and call out.predict(...)");
    }

    @Test
    void parameterNothingResolves() {
        assertThat(failureOf(BadInputTestCase.UnresolvableParameter.class))
                .isEqualTo("Configuration error: @BenchmarkTest method [m(BenchmarkCase, Outcome, StringBuilder)] has "
                        + "the parameter [StringBuilder scratch] that nothing resolves; Assay resolves BenchmarkCase, "
                        + "Outcome, CaseBatch, Corpus (with @Ranking), @Onnx OrtSession, @Inference InferenceClient and "
                        + "@Provider ChatClient; for "
                        + "other types register a ParameterResolver with @ExtendWith");
    }

    @Test
    void expectedValueTheTaskCannotHandle() {
        assertThat(failureOf(BadInputTestCase.ExpectedNotANumber.class))
                .isEqualTo("Configuration error: case [b] at [datasets/bad/text-score.jsonl:2] expects [high], which "
                        + "the regression metrics of model [m] cannot handle: a regression case expects a number; fix "
                        + "the dataset or set @BenchmarkTest(task = ...)");
    }

    @Test
    void benchmarkWithoutCaseSource() {
        assertThat(failureOf(BadInputTestCase.NoCaseSource.class))
                .isEqualTo("Configuration error: @Benchmark class [NoCaseSource] has no @CaseSource; add "
                        + "@CaseSource(\"fixtures/datasets/NAME.jsonl\") naming its dataset");
    }
}
