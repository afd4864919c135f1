package dev.assay.allure;

import static org.assertj.core.api.Assertions.assertThat;

import dev.assay.report.Summary;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RuntimeFactsTest {

    private static final String CUDA_ERROR = "ai.onnxruntime.OrtException: Error code - ORT_RUNTIME_EXCEPTION - "
            + "message: /onnxruntime_src/onnxruntime/core/session/provider_bridge_ort.cc:1778 onnxruntime::Provider& "
            + "onnxruntime::ProviderLibrary::Get() [ONNXRuntimeError] : 1 : FAIL : Failed to load library "
            + "libonnxruntime_providers_cuda.so with error: libcublasLt.so.12: cannot open shared object file\n"
            + "\tat ai.onnxruntime.OrtSession$SessionOptions.addCUDA(Native Method)\n\tat dev.assay.onnx.Placement";

    @Test
    void theSummaryShowsRuntimeFactsAsATableWithAOneLineFallbackReason() {
        Summary.ModelResult result = new Summary.ModelResult();
        result.model = "minilm";
        result.n = 40;
        result.nOk = 40;
        result.metrics = new LinkedHashMap<>();
        result.thresholds = List.of();
        result.runtime = new LinkedHashMap<>(Map.of("execution_provider", "CPUExecutionProvider"));
        result.runtime.put("fallback_reason", CUDA_ERROR);
        result.warnings = List.of("few cases of some classes: rare (3 cases); …");

        String headline = SummaryReport.headline(result, 0.95).replaceAll(" style=\"padding:1px 8px\"|padding:1px 8px;", "");

        assertThat(headline).contains("<td>execution provider</td><td>CPUExecutionProvider</td>")
                .contains("<td>fallback reason</td><td>ai.onnxruntime.OrtException")
                .doesNotContain("addCUDA").doesNotContain("{execution_provider=")
                .contains("\u26a0 few cases of some classes: rare (3 cases)");
        assertThat(RuntimeFacts.oneLine(CUDA_ERROR)).hasSizeLessThanOrEqualTo(RuntimeFacts.MAX_VALUE)
                .doesNotContain("\n");
    }
}
