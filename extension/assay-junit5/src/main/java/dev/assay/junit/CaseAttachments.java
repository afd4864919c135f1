package dev.assay.junit;

import dev.assay.report.CaseRecord;
import dev.assay.report.Display;
import dev.assay.secrets.SecretMasker;
import java.util.List;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * {@code CaseAttachments} publishes what a node's cases attached ({@code out.attach(name, text)}) as
 * report entries, masked and valid in XML. Report entries reach the IDE and Allure (and any other
 * platform listener) without a reporter of our own; Surefire drops them, so the cases a person opens
 * ({@code assay.attachments.stdout}) are also echoed to the test's output.
 */
final class CaseAttachments {

    private CaseAttachments() {
    }

    /**
     * Publishes the attachments of a node's cases.
     *
     * @param cases the node's cases, in the order of {@code outcomes} and {@code records}
     * @param nodeFailed whether the node's call failed (its cases count as failed for the echo)
     * @param shared whether several cases share the node: each entry is then named by its case
     */
    static void publish(ExtensionContext context, BenchmarkState state, BenchmarkState.ModelPlan plan,
                        List<RoundCase> cases, List<RecordingOutcome> outcomes, List<CaseRecord> records,
                        boolean nodeFailed, boolean shared) {
        AttachmentEcho echo = state.run().config().attachments();
        for (int i = 0; i < cases.size(); i++) {
            RoundCase c = cases.get(i);
            boolean echoed = echo.echoes(nodeFailed || !records.get(i).ok());
            outcomes.get(i).attachments().forEach((name, text) -> {
                if (!text.isEmpty()) {
                    String entry = Display.shorten(SecretMasker.mask(shared ? c.id() + " " + name : name), Display.NAME);
                    String shown = Display.text(SecretMasker.mask(text));
                    context.publishReportEntry(entry, shown);
                    if (echoed) {
                        AttachmentEcho.print(System.out, Display.shorten(SecretMasker.mask(caseName(state, plan, c)),
                                Display.LINE), entry, shown);
                    }
                }
            });
        }
    }

    /** A case as people read it: {@code benchmark › model › case (round)}. */
    private static String caseName(BenchmarkState state, BenchmarkState.ModelPlan plan, RoundCase c) {
        return state.name() + " \u203a " + plan.model() + " \u203a " + c.id()
                + (plan.rounds() > 1 ? " \u00b7 round " + (c.round() + 1) + "/" + plan.rounds() : "");
    }
}
