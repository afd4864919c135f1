package dev.assay.junit;

import dev.assay.report.BaselineCheck;
import dev.assay.report.BaselineEvidence;
import dev.assay.report.BaselineResult;
import dev.assay.report.BenchmarkSpec;
import dev.assay.report.CaseRecord;
import dev.assay.report.Display;
import dev.assay.report.StoredBaseline;
import dev.assay.report.Summary;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.opentest4j.AssertionFailedError;

/**
 * {@code BaselineInvocation} is a model's {@code @Baseline} node ({@code baseline › ridge}), run
 * right after the model's summary: it checks the model against the stored baseline and fails on a
 * regression, or, with {@code assay.baseline.update=true}, rewrites the model's part of the file.
 */
final class BaselineInvocation extends VerdictInvocation {

    /** One lock for every read-modify-write of stored baselines: models of one file may finish together. */
    private static final Object FILE_LOCK = new Object();

    private final BenchmarkState.ModelPlan plan;

    BaselineInvocation(BenchmarkState state, BenchmarkState.ModelPlan plan) {
        super(state);
        this.plan = plan;
    }

    @Override
    String name() {
        return "baseline \u203a " + plan.model();
    }

    @Override
    List<String> models() {
        return List.of(plan.model());
    }

    /** Checks the model against the stored baseline, or stores it with {@code assay.baseline.update=true}. */
    @Override
    void judge(ExtensionContext context) throws Exception {
        BenchmarkSpec.BaselineSpec spec = state.spec().baseline;
        Path file = state.run().paths().resolve(spec.file());
        String model = plan.model();
        Summary.ModelResult result = state.modelResult(model);
        List<CaseRecord> records = state.records(model);
        boolean update = context.getConfigurationParameter(AssayConfig.BASELINE_UPDATE_KEY, Boolean::parseBoolean)
                .orElse(false);
        if (update) {
            store(file, model, result, records, spec.cases());
            report(context, List.of(), null, true);
            context.publishReportEntry("baseline", "stored " + model + " (" + records.size() + " records) in " + file);
            System.out.println("[assay] stored baseline of " + model + " in " + file);
            return;
        }
        if (!Files.isRegularFile(file)) {
            throw unchecked(context, "no stored baseline at [" + spec.file() + "] (looked at [" + file
                    + "]); create it by running this benchmark once with the configuration parameter "
                    + AssayConfig.BASELINE_UPDATE_KEY + "=true (e.g. mvn test -Dtest=" + context.getRequiredTestClass()
                    .getSimpleName() + " -D" + AssayConfig.BASELINE_UPDATE_KEY + "=true), then commit the file");
        }
        StoredBaseline stored = StoredBaseline.read(file);
        StoredBaseline.Model storedModel = stored.models.get(model);
        if (storedModel == null) {
            throw unchecked(context, "the stored baseline [" + spec.file() + "] has no model [" + model
                    + "]; it holds " + stored.models.keySet() + "; add it by running once with "
                    + AssayConfig.BASELINE_UPDATE_KEY + "=true, then commit the file");
        }
        List<BaselineResult> rows = new BaselineCheck(state.run().summaryBuilder().estimator(), state.spec())
                .check(model, storedModel, result, records);
        state.baselineChecked(rows);
        report(context, rows, null, false);
        rows.forEach(r -> context.publishReportEntry(Display.shorten(r.metric(), Display.NAME), Display.text(r.note())));
        List<String> regressions = rows.stream().filter(BaselineResult::regressed).map(BaselineResult::note).toList();
        if (!regressions.isEmpty()) {
            throw new AssertionFailedError("model [" + model + "] of benchmark [" + state.name() + "] regressed "
                    + "against the stored baseline [" + spec.file() + "] on " + regressions.size()
                    + (regressions.size() == 1 ? " metric" : " metrics") + ":\n  " + String.join("\n  ", regressions));
        }
    }

    /** Tells the reporters why the model could not be checked, and returns the failure that says so. */
    private AssertionFailedError unchecked(ExtensionContext context, String problem) {
        report(context, List.of(), problem, false);
        return new AssertionFailedError(problem);
    }

    private void report(ExtensionContext context, List<BaselineResult> rows, String problem, boolean stored) {
        state.run().reporters().baselineChecked(new BaselineEvidence(context.getUniqueId(), state.name(),
                plan.model(), state.spec().baseline.file(), rows, problem, stored,
                state.run().summaryBuilder().estimator().settings().confidence()));
    }

    private void store(Path file, String model, Summary.ModelResult result, List<CaseRecord> records, boolean cases) {
        synchronized (FILE_LOCK) {
            StoredBaseline stored = Files.isRegularFile(file) ? StoredBaseline.read(file) : new StoredBaseline();
            stored.benchmark = state.name();
            stored.models.put(model, BaselineCheck.store(result, records, cases));
            stored.run.put(model, state.run().runId());
            stored.write(file);
        }
    }
}
