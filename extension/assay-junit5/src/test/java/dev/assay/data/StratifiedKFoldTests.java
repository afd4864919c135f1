package dev.assay.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Fold sizes and strata balanced to within one, every case held out once, reproducible. */
class StratifiedKFoldTests {

    /** 23 of "a", 11 of "b", 3 of "c": 37 cases. */
    private static List<String> labels() {
        List<String> labels = new ArrayList<>();
        IntStream.range(0, 23).forEach(i -> labels.add("a"));
        IntStream.range(0, 11).forEach(i -> labels.add("b"));
        IntStream.range(0, 3).forEach(i -> labels.add("c"));
        return labels;
    }

    @ParameterizedTest
    @CsvSource({"2", "3", "5", "10"})
    void foldSizesAndStrataDifferByAtMostOne(int k) {
        List<String> labels = labels();
        List<StratifiedKFold.Fold<String>> folds = StratifiedKFold.of(k, 42).split(labels, s -> s);

        assertThat(folds).hasSize(k);
        int[] sizes = folds.stream().mapToInt(f -> f.test().size()).toArray();
        assertThat(IntStream.of(sizes).max().getAsInt() - IntStream.of(sizes).min().getAsInt()).isLessThanOrEqualTo(1);
        assertThat(IntStream.of(sizes).sum()).isEqualTo(37);
        for (String label : List.of("a", "b", "c")) {
            int total = (int) labels.stream().filter(label::equals).count();
            for (StratifiedKFold.Fold<String> f : folds) {
                long inFold = f.test().stream().filter(label::equals).count();
                assertThat(inFold).as("label %s in fold %d", label, f.index())
                        .isBetween((long) (total / k), (long) ((total + k - 1) / k));
                assertThat(f.train().size() + f.test().size()).isEqualTo(37);
            }
        }
    }

    @Test
    void exactSizesForFiveFoldsOf37() {
        int[] fold = StratifiedKFold.of(5, 7).assign(labels(), s -> s);
        int[] sizes = new int[5];
        for (int f : fold) {
            sizes[f]++;
        }
        // a: 23 dealt from fold 0 (5,5,5,4,4); b: 11 from fold 3 (2,2,2,3,2); c: 3 from fold 4 (1,1,0,0,1)
        assertThat(sizes).containsExactly(8, 8, 7, 7, 7);
    }

    @Test
    void everyCaseIsHeldOutExactlyOnceAndTheSeedFixesTheFolds() {
        List<Integer> items = IntStream.range(0, 37).boxed().toList();
        List<StratifiedKFold.Fold<Integer>> folds = StratifiedKFold.of(4, 1).split(items, i -> labels().get(i));
        Set<Integer> heldOut = new HashSet<>();
        folds.forEach(f -> f.test().forEach(i -> assertThat(heldOut.add(i)).isTrue()));
        assertThat(heldOut).hasSize(37);
        folds.forEach(f -> assertThat(f.train()).doesNotContainAnyElementsOf(f.test()));

        assertThat(StratifiedKFold.of(4, 1).assign(items, i -> labels().get(i)))
                .containsExactly(StratifiedKFold.of(4, 1).assign(items, i -> labels().get(i)));
        assertThat(StratifiedKFold.of(4, 2).assign(items, i -> labels().get(i)))
                .isNotEqualTo(StratifiedKFold.of(4, 1).assign(items, i -> labels().get(i)));
    }

    @Test
    void tooFewCasesOrFoldsAreRejected() {
        assertThatThrownBy(() -> StratifiedKFold.of(1, 0)).hasMessageContaining("k >= 2");
        assertThatThrownBy(() -> StratifiedKFold.of(5, 0).assign(List.of("a", "b"), s -> s))
                .hasMessage("5-fold cross-validation needs at least 5 cases; got [2]");
    }
}
