package dev.assay.junit;

import dev.assay.api.Scenario;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code ScenarioQueries} cuts a model's cases into the queries of its scenario: one case each, as
 * LoadGen's single-stream and server queries hold one sample, except under {@code OFFLINE} for a
 * method that takes a {@link dev.assay.api.CaseBatch}, which gets consecutive cases of one round in
 * batches of its size. Rounds follow each other; a resumed run leaves out the cases its journal holds.
 */
final class ScenarioQueries {

    private ScenarioQueries() {
    }

    /** The queries of a model's scenario, in issue order; empty when a resumed run has them all. */
    static List<RoundBatch> of(BenchmarkState state, BenchmarkState.ModelPlan plan) {
        int size = plan.scenario().kind() == Scenario.Kind.OFFLINE && plan.batched() ? plan.batch() : 1;
        int cases = state.dataset().size();
        List<RoundBatch> queries = new ArrayList<>();
        for (int round = 0; round < plan.rounds(); round++) {
            List<RoundCase> pending = new ArrayList<>(size);
            for (int i = 0; i < cases; i++) {
                if (state.done(plan.model(), state.caseAt(i).id(), round)) {
                    continue;
                }
                pending.add(new RoundCase(state.caseAt(i), plan.expectedOf(i), round));
                if (pending.size() == size) {
                    queries.add(new RoundBatch(pending, round));
                    pending.clear();
                }
            }
            if (!pending.isEmpty()) {
                queries.add(new RoundBatch(pending, round));
            }
        }
        return queries;
    }

    /**
     * Query {@code i} of a rate search's probe: the dataset's cases in order, over and over (as
     * LoadGen reuses its performance samples), each with a fresh outcome that nobody records.
     */
    static RoundBatch probe(BenchmarkState state, BenchmarkState.ModelPlan plan, int i) {
        int c = i % state.dataset().size();
        return new RoundBatch(List.of(new RoundCase(state.caseAt(c), plan.expectedOf(c), 0)), 0);
    }
}
