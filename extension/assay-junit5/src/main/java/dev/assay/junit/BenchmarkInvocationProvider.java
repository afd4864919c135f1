package dev.assay.junit;

import static org.apiguardian.api.API.Status.INTERNAL;

import dev.assay.api.BenchmarkTest;
import dev.assay.data.DatasetCase;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.apiguardian.api.API;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestTemplateInvocationContext;
import org.junit.jupiter.api.extension.TestTemplateInvocationContextProvider;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * {@code BenchmarkInvocationProvider} turns one {@code @BenchmarkTest} method into its test nodes:
 * warmup calls, then one node per case &times; round (or per batch of cases, for a method that takes a
 * {@link dev.assay.api.CaseBatch}; or one node for every case, for a method with a
 * {@link dev.assay.api.Scenario @Scenario}), then the model's summary node. Run
 * sequentially, the summary follows every case; under parallel execution case nodes overlap and the
 * summary and comparison nodes wait for their cases ({@link BenchmarkState#awaitCases}).
 */
@API(status = INTERNAL, since = "0.1")
public final class BenchmarkInvocationProvider implements TestTemplateInvocationContextProvider {

    @Override
    public boolean supportsTestTemplate(ExtensionContext context) {
        return AnnotationSupport.isAnnotated(context.getTestMethod(), BenchmarkTest.class);
    }

    @Override
    public Stream<TestTemplateInvocationContext> provideTestTemplateInvocationContexts(ExtensionContext context) {
        BenchmarkState state = BenchmarkState.of(context);
        BenchmarkTest test = context.getRequiredTestMethod().getAnnotation(BenchmarkTest.class);
        BenchmarkState.ModelPlan plan = state.plan(test.model());
        int cases = state.dataset().size();
        state.methodStarted(plan.model());

        Stream<TestTemplateInvocationContext> warmups = IntStream.range(0, plan.warmup())
                .mapToObj(i -> new WarmupInvocation(state, plan, i % cases, i + 1));
        Stream<TestTemplateInvocationContext> runs = plan.scenario() != null ? scenarioInvocation(state, plan)
                : plan.batched() ? batchInvocations(state, plan, cases)
                : IntStream.range(0, plan.expectedRecords())
                        // A resumed run skips the cases its journal already holds.
                        .filter(i -> !state.done(plan.model(), state.caseAt(i % cases).id(), i / cases))
                        .mapToObj(i -> caseInvocation(state, plan, i / cases, i % cases));
        // Reached once Jupiter has taken every case node: from then on the model's registrations are complete.
        Stream<TestTemplateInvocationContext> listed = Stream.of(0).flatMap(i -> {
            state.casesListed(plan.model());
            return Stream.empty();
        });
        Stream<TestTemplateInvocationContext> summary = Stream.of(0)
                .map(i -> new SummaryInvocation(state, plan));
        Stream<TestTemplateInvocationContext> baseline = state.spec().baseline == null ? Stream.empty()
                : Stream.of(0).map(i -> new BaselineInvocation(state, plan));
        // Comparisons need every model's cases: they follow the summary of the model that runs last.
        Stream<TestTemplateInvocationContext> comparisons = state.runsLast(plan.model())
                ? state.spec().comparisons.stream().map(c -> new ComparisonInvocation(state, c)) : Stream.empty();
        return Stream.of(warmups, runs, listed, summary, baseline, comparisons).flatMap(s -> s);
    }

    private static TestTemplateInvocationContext caseInvocation(BenchmarkState state, BenchmarkState.ModelPlan plan,
                                                                int round, int caseIndex) {
        DatasetCase c = state.caseAt(caseIndex);
        return new CaseInvocation(state, plan, new RoundCase(c, plan.expectedOf(caseIndex), round));
    }

    /** The one node of a model under a {@code @Scenario}; none when a resumed run holds all its cases. */
    private static Stream<TestTemplateInvocationContext> scenarioInvocation(BenchmarkState state,
                                                                            BenchmarkState.ModelPlan plan) {
        List<RoundBatch> queries = ScenarioQueries.of(state, plan);
        return queries.isEmpty() ? Stream.empty() : Stream.of(new ScenarioInvocation(state, plan, queries));
    }

    /** Per round, the cases in dataset order cut into batches of the plan's size (the last may be smaller). */
    private static Stream<TestTemplateInvocationContext> batchInvocations(BenchmarkState state,
                                                                          BenchmarkState.ModelPlan plan, int cases) {
        int perRound = (cases + plan.batch() - 1) / plan.batch();
        return IntStream.range(0, plan.rounds() * perRound).mapToObj(i -> {
            int round = i / perRound;
            int from = (i % perRound) * plan.batch();
            RoundBatch batch = RoundBatch.of(state, plan, from, Math.min(plan.batch(), cases - from), round);
            return new BatchInvocation(state, plan, batch, i % perRound + 1, perRound);
        // A batch is journaled in one write, so a resumed run holds all of its cases or none.
        }).filter(b -> !state.done(plan.model(), b.firstCaseId(), b.round())).map(b -> b);
    }
}
