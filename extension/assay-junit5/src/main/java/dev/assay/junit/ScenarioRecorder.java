package dev.assay.junit;

import dev.assay.report.CaseEvidence;
import dev.assay.report.CaseRecord;
import dev.assay.scenario.ScenarioResult;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.InvocationInterceptor;
import org.junit.jupiter.api.extension.ReflectiveInvocationContext;
import org.junit.jupiter.api.extension.TestWatcher;

/**
 * {@code ScenarioRecorder} runs a scenario in place of its node's one method call: it skips that call
 * and has {@link ScenarioRun} call the method once per query with the node's resolved parameters,
 * each query's cases journaled as they end. After the node it does what {@link CallRecorder} does for
 * a case node: records the cases when the node failed before the scenario began, publishes
 * attachments, fails the node for unusable predictions and broken case thresholds, and hands the
 * evidence to the reporters; then it hands the scenario's figures to the model's summary.
 */
final class ScenarioRecorder implements InvocationInterceptor, AfterEachCallback, TestWatcher {

    private final BenchmarkState state;
    private final BenchmarkState.ModelPlan plan;
    private final List<RoundBatch> queries;
    private ModelCall call;
    private ScenarioResult result;

    ScenarioRecorder(BenchmarkState state, BenchmarkState.ModelPlan plan, List<RoundBatch> queries) {
        this.state = state;
        this.plan = plan;
        this.queries = queries;
    }

    @Override
    public void interceptTestTemplateMethod(Invocation<Void> invocation, ReflectiveInvocationContext<Method> method,
                                            ExtensionContext context) throws Throwable {
        invocation.skip();
        state.modelStarted(plan.model());
        call = new ModelCall(state, plan, method.getExecutable(), method.getTarget().orElse(null),
                method.getArguments());
        result = ScenarioRun.run(state, plan, call, queries);
        call.rethrowFailures("scenario [" + result.label() + "]");
    }

    @Override
    public void afterEach(ExtensionContext context) {
        try {
            Throwable failure = context.getExecutionException().orElse(null);
            if (call == null) {
                // Resolving a parameter or a @BeforeEach failed before the scenario began.
                call = new ModelCall(state, plan, context.getRequiredTestMethod(), null, List.of());
            }
            if (failure != null) {
                call.notRun(queries, failure);
            }
            List<ModelCall.Served> served = call.served();
            List<CaseRecord> records = served.stream().map(ModelCall.Served::record).toList();
            List<RecordingOutcome> outcomes = served.stream().map(ModelCall.Served::outcome).toList();
            boolean passed = false;
            try {
                CaseAttachments.publish(context, state, plan, served.stream().map(ModelCall.Served::roundCase).toList(),
                        outcomes, records, failure != null, true);
                if (failure == null) {
                    CaseRecords.checkNode(plan, records);
                }
                passed = failure == null;
            } finally {
                report(context, served, !passed);
            }
        } finally {
            state.scenario(plan.model()).complete(result);
        }
    }

    private void report(ExtensionContext context, List<ModelCall.Served> served, boolean nodeFailed) {
        List<CaseEvidence> evidence = new ArrayList<>(served.size());
        for (int i = 0; i < served.size(); i++) {
            ModelCall.Served s = served.get(i);
            RoundCase c = s.roundCase();
            evidence.add(new CaseEvidence(context.getUniqueId(), s.record(), context.getDisplayName(), c.location(),
                    c.inputs(), s.outcome().prompt(), s.outcome().reply(), s.outcome().attachments(), i,
                    plan.expectedRecords(), nodeFailed));
        }
        state.run().reporters().batchFinished(evidence);
    }

    /** A disabled node never reaches the after-each callback: nobody may wait for its cases or figures. */
    @Override
    public void testDisabled(ExtensionContext context, Optional<String> reason) {
        state.caseNotRun(plan.model(), queries.stream().mapToInt(RoundBatch::size).sum());
        state.scenario(plan.model()).complete(null);
    }
}
