package dev.assay.onnx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.testkit.engine.EventConditions.event;
import static org.junit.platform.testkit.engine.EventConditions.finishedSuccessfully;
import static org.junit.platform.testkit.engine.EventConditions.finishedWithFailure;
import static org.junit.platform.testkit.engine.EventConditions.skippedWithReason;
import static org.junit.platform.testkit.engine.EventConditions.test;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.message;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtProvider;
import dev.assay.junit.RecordedRuntimes;
import org.junit.jupiter.api.Test;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Events;

/**
 * The GPU paths, on whatever machine runs the tests: where CUDA loads they must use it, where it does
 * not (this project's CI) they must fall back, skip or fail as configured, with the loader's reason.
 */
class OnnxDeviceTest {

    private static final boolean CUDA_LOADS = GpuProbe.probe(ExecutionProvider.CUDA, 0).available();

    @Test
    void auto_uses_cuda_when_it_loads_and_reports_the_cpu_with_the_reason_when_it_does_not() {
        RecordedRuntimes.BY_METHOD.clear();

        Events events = EngineTestKit.engine("junit-jupiter").selectors(selectClass(OnnxGpuTestCase.class))
                .execute().allEvents();

        events.assertThatEvents().haveExactly(1, event(test("auto"), finishedSuccessfully()));
        if (CUDA_LOADS) {
            assertThat(RecordedRuntimes.BY_METHOD.get("auto")).containsEntry("execution_provider", "CUDA")
                    .containsEntry("device", "cuda:0");
            events.assertThatEvents().haveExactly(1, event(test("cuda"), finishedSuccessfully()));
        } else {
            assertThat(RecordedRuntimes.BY_METHOD.get("auto")).containsEntry("execution_provider", "CPU")
                    .containsEntry("requested_device", "auto")
                    .hasEntrySatisfying("fallback_reason", r -> assertThat((String) r).startsWith("CUDA cannot load: "));
            events.assertThatEvents().haveExactly(1, event(test("cuda"), skippedWithReason(r -> r.startsWith(
                    "ONNX model [fixtures/models/digits-mlp.onnx] asks for device [cuda] but CUDA cannot load here: ")
                    && r.endsWith("; use @Onnx(device = AUTO) to fall back to the CPU"))));
        }
    }

    @Test
    void a_required_gpu_that_cannot_load_fails_the_test() {
        if (CUDA_LOADS) {
            return;
        }
        Events tests = EngineTestKit.engine("junit-jupiter")
                .configurationParameter("assay.onnx.requireGpu", "true")
                .selectors(selectClass(OnnxGpuTestCase.class))
                .execute().testEvents();

        tests.assertThatEvents().haveExactly(1, event(test("cuda"), finishedWithFailure(message(m -> m.startsWith(
                "ONNX model [fixtures/models/digits-mlp.onnx] asks for device [cuda] but CUDA cannot load here: ")
                && m.endsWith("(assay.onnx.requireGpu=true makes this a failure)")))));
    }

    @Test
    void the_gpu_build_of_onnx_runtime_is_on_this_classpath() {
        // The pom picks onnxruntime_gpu on Linux/Windows x64: the probe must then see CUDA compiled in.
        String os = System.getProperty("os.name").toLowerCase(java.util.Locale.ROOT);
        String arch = System.getProperty("os.arch");
        if ((os.contains("linux") || os.contains("windows")) && arch.equals("amd64")) {
            assertThat(OrtEnvironment.getAvailableProviders()).contains(OrtProvider.CUDA);
        }
    }
}
