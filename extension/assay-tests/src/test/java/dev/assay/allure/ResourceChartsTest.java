package dev.assay.allure;

import static org.assertj.core.api.Assertions.assertThat;

import dev.assay.report.Summary;
import dev.assay.resources.ResourceUsage;
import org.junit.jupiter.api.Test;

/** What each model cost the machine: CPU and memory bars with their values, and the summary's small table. */
class ResourceChartsTest {

    private static Summary.BenchmarkResult benchmark() {
        Summary.BenchmarkResult b = new Summary.BenchmarkResult();
        b.benchmark = "b";
        b.models.add(model("onnx-int8", new ResourceUsage(100, 30, 3.0, 2, 95.0, 180.0, 84.0, 312.0, 12L, 31,
                new ResourceUsage.Gpu(null, null, null, null, "no nvidia-smi on PATH: no NVIDIA driver on this machine"))));
        b.models.add(model("onnx-fp32", new ResourceUsage(100, 60, 6.0, 2, 140.0, 199.0, 210.0, 480.0, 40L, 33,
                new ResourceUsage.Gpu("0, NVIDIA H200", 63.0, 97.0, 2048.0, null))));
        b.models.add(model("unsampled", null));
        return b;
    }

    private static Summary.ModelResult model(String name, ResourceUsage usage) {
        Summary.ModelResult m = new Summary.ModelResult();
        m.model = name;
        m.resources = usage;
        return m;
    }

    @Test
    void cpuAndMemoryBarsNameEverySampledModelAndPrintTheirValues() {
        ChartSvg cpu = ChartSvg.render(ResourceCharts.cpu("b: CPU", benchmark()));
        ChartSvg memory = ChartSvg.render(ResourceCharts.memory("b: memory", benchmark()));

        assertThat(cpu.texts()).contains("onnx-int8", "onnx-fp32", "95", "180", "140", "199").doesNotContain("unsampled");
        assertThat(cpu.svg).contains("2 cores");
        assertThat(memory.texts()).contains("84", "312", "210", "480", "RSS peak", "heap peak");
    }

    @Test
    void noSampledModelDrawsNoChart() {
        Summary.BenchmarkResult b = new Summary.BenchmarkResult();
        b.benchmark = "b";
        b.models.add(model("unsampled", null));

        assertThat(ResourceCharts.cpu("t", b)).isNull();
        assertThat(ResourceCharts.memory("t", b)).isNull();
    }

    @Test
    void theSummaryTableSaysWhatWasUsedAndWhyThereIsNoGpu() {
        String table = RuntimeFacts.resources(benchmark().models.get(0).resources);
        String gpu = RuntimeFacts.resources(benchmark().models.get(1).resources);

        assertThat(table).contains("<td>CPU</td><td>95% of a core (peak 180%, 2 cores)</td>")
                .contains("<td>RSS peak</td><td>312 MiB</td>")
                .contains("<td>GPU</td><td>none: no nvidia-smi on PATH: no NVIDIA driver on this machine</td>")
                .contains("30 times every 100 ms over 3 s");
        assertThat(gpu).contains("0, NVIDIA H200: 63% busy (peak 97%), memory peak 2048 MiB");
        assertThat(RuntimeFacts.resources(null)).isEmpty();
    }
}
