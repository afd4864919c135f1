package dev.assay.onnx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.testkit.engine.EventConditions.event;
import static org.junit.platform.testkit.engine.EventConditions.finishedWithFailure;
import static org.junit.platform.testkit.engine.EventConditions.test;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.message;

import ai.onnxruntime.OrtSession;
import dev.assay.junit.RecordedRuntimes;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Events;

class OnnxSessionResolverTest {

    @Test
    void sessions_are_shared_per_model_and_options_and_closed_when_the_run_ends() {
        OnnxInjectionTestCase.SESSIONS.clear();
        OnnxInjectionTestCase.SHARED.clear();

        Events tests = EngineTestKit.engine("junit-jupiter")
                .configurationParameter("junit.jupiter.execution.parallel.enabled", "true")
                .configurationParameter("junit.jupiter.execution.parallel.mode.default", "concurrent")
                .selectors(selectClass(OnnxInjectionTestCase.class))
                .execute().testEvents();

        tests.assertStatistics(s -> s.started(20).succeeded(20));
        Map<String, OrtSession> sessions = OnnxInjectionTestCase.SESSIONS;
        assertThat(sessions.get("logregAgain")).isSameAs(sessions.get("logreg"));
        assertThat(sessions.get("logregOneThread")).isNotSameAs(sessions.get("logreg"));
        assertThat(OnnxInjectionTestCase.SHARED).as("16 concurrent tests, one session").hasSize(1);
        for (OrtSession s : List.of(sessions.get("logreg"), sessions.get("logregOneThread"), sessions.get("fromClasspath"))) {
            assertThatThrownBy(s::getInputInfo).as("closed by the root store").isInstanceOf(IllegalStateException.class);
        }
    }

    @Test
    void model_facts_are_recorded_for_the_summary() {
        RecordedRuntimes.BY_METHOD.clear();

        EngineTestKit.engine("junit-jupiter").selectors(selectClass(OnnxInjectionTestCase.class)).execute();

        Map<String, Object> facts = RecordedRuntimes.BY_METHOD.get("logreg");
        assertThat(facts).containsEntry("execution_provider", "CPU")
                .containsEntry("requested_device", "cpu")
                .containsEntry("model_bytes", 952L)
                .containsEntry("parameters", 92L)
                .containsEntry("opset", 13L)
                .containsEntry("producer", "assay-make_models 1")
                .containsEntry("model_path", "fixtures/models/breast-cancer-logreg.onnx")
                .containsEntry("inputs", List.of(Map.of("name", "features", "type", "float", "shape", List.of("N", 30L))))
                .containsEntry("outputs", List.of(
                        Map.of("name", "label", "type", "int64", "shape", List.of("N")),
                        Map.of("name", "probabilities", "type", "float", "shape", List.of("N", 2L))))
                .containsKeys("load_ms", "onnxruntime_version")
                .doesNotContainKey("device");
        assertThat(RecordedRuntimes.BY_METHOD.get("fromClasspath")).containsEntry("model_bytes", 190L)
                .containsEntry("model_path", "onnx/echo.onnx");
    }

    @Test
    void bad_models_fail_with_a_message_that_names_the_file_and_the_fix() {
        Events tests = EngineTestKit.engine("junit-jupiter").selectors(selectClass(OnnxBadModelTestCase.class))
                .execute().testEvents();

        tests.assertStatistics(s -> s.started(3).failed(3));
        tests.assertThatEvents()
                .haveExactly(1, event(test("missing"), finishedWithFailure(message(m -> m.startsWith(
                        "Configuration error: ONNX model [fixtures/models/no-such-model.onnx] not found: looked for file [")
                        && m.contains("no-such-model.onnx] and classpath resource [fixtures/models/no-such-model.onnx]; "
                        + "paths are relative to the project root [")))))
                .haveExactly(1, event(test("notOnnx"), finishedWithFailure(message(m -> m.startsWith(
                        "Configuration error: [extension/assay-tests/src/test/resources/onnx/not-a-model.onnx] is not an ONNX model (")
                        && m.endsWith("); point @Onnx at a .onnx file exported with torch.onnx.export, tf2onnx or skl2onnx")))))
                .haveExactly(1, event(test("wrongType"), finishedWithFailure(message(
                        "Configuration error: @Onnx on parameter [s] of [wrongType] needs the type "
                                + "[ai.onnxruntime.OrtSession], not [java.lang.String]"))));
    }

    @Test
    void an_unknown_configured_device_is_a_configuration_error() {
        Events tests = EngineTestKit.engine("junit-jupiter")
                .configurationParameter("assay.onnx.device", "gpu")
                .selectors(selectClass(OnnxGpuTestCase.class))
                .execute().testEvents();

        tests.assertThatEvents().haveAtLeastOne(event(finishedWithFailure(message(m -> m.contains(
                "Configuration error: assay.onnx.device is [gpu]; use one of [auto, cpu, cuda, tensorrt]")))));
    }
}
