package dev.assay.data;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.function.Function;
import org.apiguardian.api.API;

/**
 * {@code StratifiedKFold} is used to split a case source into k folds for cross-validating a model
 * the benchmark trains itself: every case is held out exactly once, and each stratum (a class label,
 * or a bin of a regression target) is spread over the folds as evenly as possible.
 *
 * <pre>{@code
 * List<StratifiedKFold.Fold<DatasetCase>> folds = StratifiedKFold.of(5, 42)
 *         .split(dataset.cases(), c -> String.valueOf(c.expected()));
 * for (var fold : folds) {
 *     Model m = Model.fit(fold.train());
 *     fold.test().forEach(c -> ...);
 * }
 * }</pre>
 *
 * <p>Guarantees, for any input: fold sizes differ by at most one; within each stratum the counts
 * per fold differ by at most one. Strata are dealt in sorted order, each shuffled by its own seeded
 * generator and dealt round-robin, the deal continuing where the previous stratum stopped — which
 * is what keeps both the strata and the fold sizes balanced. The same seed gives the same folds.
 */
@API(status = INTERNAL, since = "0.1")
public final class StratifiedKFold {

    private final int k;
    private final long seed;

    private StratifiedKFold(int k, long seed) {
        this.k = k;
        this.seed = seed;
    }

    /** k folds (at least 2), shuffled with {@code seed}. */
    public static StratifiedKFold of(int k, long seed) {
        if (k < 2) {
            throw new IllegalArgumentException("k-fold cross-validation needs k >= 2; got [" + k + "]");
        }
        return new StratifiedKFold(k, seed);
    }

    /**
     * The fold of each item: {@code fold[i]} in {@code 0..k-1}.
     *
     * @throws IllegalArgumentException when there are fewer items than folds
     */
    public <T> int[] assign(List<T> items, Function<? super T, String> stratum) {
        if (items.size() < k) {
            throw new IllegalArgumentException(k + "-fold cross-validation needs at least " + k + " cases; got ["
                    + items.size() + "]");
        }
        Map<String, List<Integer>> strata = new TreeMap<>();
        for (int i = 0; i < items.size(); i++) {
            strata.computeIfAbsent(String.valueOf(stratum.apply(items.get(i))), s -> new ArrayList<>()).add(i);
        }
        int[] fold = new int[items.size()];
        int next = 0;
        for (Map.Entry<String, List<Integer>> e : strata.entrySet()) {
            List<Integer> members = e.getValue();
            // One generator per stratum, so adding a stratum does not reshuffle the others.
            SplittableRandom random = new SplittableRandom(seed ^ (0x9E3779B97F4A7C15L * (e.getKey().hashCode() + 1L)));
            for (int i = members.size() - 1; i > 0; i--) {
                int j = random.nextInt(i + 1);
                Integer swap = members.get(i);
                members.set(i, members.get(j));
                members.set(j, swap);
            }
            for (int member : members) {
                fold[member] = next;
                next = (next + 1) % k;
            }
        }
        return fold;
    }

    /** The folds: for each, the items trained on and the items held out, in input order. */
    public <T> List<Fold<T>> split(List<T> items, Function<? super T, String> stratum) {
        int[] fold = assign(items, stratum);
        List<Fold<T>> folds = new ArrayList<>();
        for (int f = 0; f < k; f++) {
            List<T> train = new ArrayList<>();
            List<T> test = new ArrayList<>();
            for (int i = 0; i < items.size(); i++) {
                (fold[i] == f ? test : train).add(items.get(i));
            }
            folds.add(new Fold<>(f, List.copyOf(train), List.copyOf(test)));
        }
        return folds;
    }

    /**
     * One fold.
     *
     * @param index the fold's number, from 0
     * @param train the items to train on (every other fold)
     * @param test the items held out
     * @param <T> the item type
     */
    public record Fold<T>(int index, List<T> train, List<T> test) {
    }
}
