package dev.assay.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.assay.api.Task;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SparseClassesTests {

    @Test
    void namesEachClassWithFewerThanFiveCasesAndItsCount() {
        List<CaseRecord> ok = new ArrayList<>();
        addCases(ok, "common", 20, 0);
        addCases(ok, "rare", 3, 0);
        addCases(ok, "single", 1, 0);

        String warning = SparseClasses.warning(Task.CLASSIFICATION, ok);

        assertThat(warning).startsWith("few cases of some classes: rare (3 cases), single (1 case);")
                .contains("below 5 cases of a class").doesNotContain("common");
    }

    @Test
    void countsCasesNotRounds() {
        List<CaseRecord> ok = new ArrayList<>();
        for (int round = 0; round < 3; round++) {
            addCases(ok, "a", 10, round);
            addCases(ok, "b", 4, round); // 12 records, 4 cases
        }

        assertThat(SparseClasses.warning(Task.CLASSIFICATION, ok)).contains("b (4 cases)");
    }

    @Test
    void saysNothingWhenEveryClassHasFiveCasesOrTheTaskIsNotClassification() {
        List<CaseRecord> ok = new ArrayList<>();
        addCases(ok, "a", 5, 0);
        addCases(ok, "b", 5, 0);

        assertThat(SparseClasses.warning(Task.CLASSIFICATION, ok)).isNull();
        assertThat(SparseClasses.warning(Task.CLASSIFICATION, List.of())).isNull();
        List<CaseRecord> few = new ArrayList<>();
        addCases(few, "a", 2, 0);
        assertThat(SparseClasses.warning(Task.GENERATION, few)).isNull();
    }

    private static void addCases(List<CaseRecord> out, String label, int count, int round) {
        for (int i = 0; i < count; i++) {
            out.add(new CaseRecord("run", "b", "m", label + "-" + i, round, Task.CLASSIFICATION.wireName(),
                    CaseRecord.OK, label, label, null, null, null, null, null, null, null, Map.of(), Map.of()));
        }
    }
}
