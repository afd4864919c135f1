package dev.assay.junit;

import dev.assay.api.Benchmark;
import dev.assay.api.BenchmarkCase;
import dev.assay.api.BenchmarkTest;
import dev.assay.api.CaseSource;
import dev.assay.api.Compare;
import dev.assay.api.Outcome;

/**
 * Fixture for runs in JVMs of their own: the downgrade comparison of {@link CompareTestCase}, each
 * case paced by the system property {@code assay.test.paceMs} (0 when unset) so a run can be killed
 * while it is writing its journal.
 */
public class PacedTestCase {

    @Benchmark("paced")
    @CaseSource("cases.jsonl")
    @Compare(baseline = "strong", candidate = "weak")
    public static class Paced {

        private static final long PACE_MS = Long.getLong("assay.test.paceMs", 0);

        private static void pace() throws InterruptedException {
            if (PACE_MS > 0) {
                Thread.sleep(PACE_MS);
            }
        }

        @BenchmarkTest(model = "weak")
        void weak(BenchmarkCase c, Outcome out) throws InterruptedException {
            pace();
            out.predict(CompareTestCase.Models.answer(c, 0.70));
        }

        @BenchmarkTest(model = "strong")
        void strong(BenchmarkCase c, Outcome out) throws InterruptedException {
            pace();
            out.predict(CompareTestCase.Models.answer(c, 0.85));
        }
    }
}
