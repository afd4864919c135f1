package dev.assay.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The console table stays within 120 characters a line, in blocks led by the model column. */
class ConsoleTableTest {

    private static Summary.BenchmarkResult wide() {
        Summary.BenchmarkResult bench = new Summary.BenchmarkResult();
        bench.benchmark = "wide";
        for (String name : List.of("a-rather-long-model-name", "short")) {
            Summary.ModelResult m = new Summary.ModelResult();
            m.model = name;
            m.n = 500;
            m.nOk = 498;
            for (String metric : List.of("accuracy", "f1_macro", "roc_auc", "f1_micro", "latency_p50_ms", "latency_p95_ms",
                    "mae", "rmse", "r2")) {
                m.metrics.put(metric, new Summary.Estimate(0.123456, 0.101234, 0.145678, "bootstrap"));
            }
            bench.models.add(m);
        }
        return bench;
    }

    @Test
    void aWideTableBecomesBlocksOfAtMost120CharactersEachNamingEveryModel() {
        String table = ConsoleTable.render(wide(), 0.95);

        List<String> lines = table.lines().toList();
        assertThat(lines).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(ConsoleTable.WIDTH));
        long headers = lines.stream().filter(l -> l.startsWith("  model ")).count();
        assertThat(headers).isGreaterThan(1);
        assertThat(lines.stream().filter(l -> l.startsWith("  short ")).count()).isEqualTo(headers);
        for (String metric : List.of("accuracy", "r2", "thresholds")) {
            assertThat(table).contains(metric);
        }
        assertThat(table).contains("0.1235 [0.1012, 0.1457]");
    }

    @Test
    void blocksKeepTheFirstColumnAndFillUpToTheWidth() {
        assertThat(ConsoleTable.blocks(new int[] {10, 50, 50, 50})).containsExactly(List.of(0, 1, 2), List.of(0, 3));
        assertThat(ConsoleTable.blocks(new int[] {10, 200})).containsExactly(List.of(0, 1));
    }
}
