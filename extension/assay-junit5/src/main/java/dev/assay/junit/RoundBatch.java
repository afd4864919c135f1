package dev.assay.junit;

import dev.assay.api.BenchmarkCase;
import dev.assay.api.CaseBatch;
import dev.assay.api.Outcome;
import dev.assay.report.Display;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code RoundBatch} is the {@link CaseBatch} a batch method sees: consecutive cases of one round,
 * each with a fresh {@link RecordingOutcome} that keeps what the method records for it.
 */
final class RoundBatch implements CaseBatch {

    private final List<RoundCase> cases;
    private final List<RecordingOutcome> outcomes;
    private final int round;

    /**
     * The batch of {@code size} consecutive dataset cases from {@code from}, wrapping around the
     * dataset's end (a warmup batch may start anywhere), in round {@code round}.
     */
    static RoundBatch of(BenchmarkState state, BenchmarkState.ModelPlan plan, int from, int size, int round) {
        int cases = state.dataset().size();
        List<RoundCase> members = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            int c = (from + i) % cases;
            members.add(new RoundCase(state.caseAt(c), plan.expectedOf(c), round));
        }
        return new RoundBatch(members, round);
    }

    RoundBatch(List<RoundCase> cases, int round) {
        this.cases = List.copyOf(cases);
        this.round = round;
        this.outcomes = new ArrayList<>(cases.size());
        for (int i = 0; i < cases.size(); i++) {
            outcomes.add(new RecordingOutcome());
        }
    }

    @Override
    public int size() {
        return cases.size();
    }

    @Override
    public List<BenchmarkCase> cases() {
        return List.copyOf(cases);
    }

    @Override
    public int round() {
        return round;
    }

    @Override
    public BenchmarkCase get(int index) {
        return cases.get(index);
    }

    @Override
    public Outcome outcome(int index) {
        return outcomes.get(index);
    }

    List<RoundCase> roundCases() {
        return cases;
    }

    RecordingOutcome recording(int index) {
        return outcomes.get(index);
    }

    @Override
    public String toString() {
        return cases.size() == 1 ? Display.name(cases.get(0).id())
                : Display.name(cases.get(0).id()) + " \u2026 " + Display.name(cases.get(cases.size() - 1).id());
    }
}
