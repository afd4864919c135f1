package dev.assay.junit;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.io.PrintStream;
import java.util.Locale;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.apiguardian.api.API;

/**
 * {@code AttachmentEcho} decides which cases' attachments ({@code Outcome.attach}, a judge's
 * reasoning) are also printed to the test's standard output. Report entries reach the IDE and
 * Allure, but Surefire drops them; what a test prints lands in the {@code <system-out>} of its
 * {@code <testcase>} in Surefire's XML, which is what Jenkins, GitLab and GitHub test reports show
 * beside a case. Printing every case would flood a 10,000-case console, so by default only cases
 * that failed or are not {@code ok} — the ones a person opens — are echoed.
 */
@API(status = INTERNAL, since = "0.1")
public enum AttachmentEcho {
    /** Cases whose node failed or whose record is not {@code ok} (the default). */
    FAILED,
    /** Every case. */
    ALL,
    /** None. */
    NONE;

    /** {@code assay.attachments.stdout}: {@code failed} (default), {@code all} or {@code none}. */
    public static final String KEY = "assay.attachments.stdout";

    /** The setting named by {@code value}; a configuration error naming the key and the accepted values otherwise. */
    static AttachmentEcho parse(String value) {
        try {
            return valueOf(value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ExtensionConfigurationException("Configuration error: " + KEY + " is [" + value
                    + "]; use failed (the default), all or none", e);
        }
    }

    /** Whether a case with this outcome is echoed. */
    boolean echoes(boolean caseFailed) {
        return this == ALL || this == FAILED && caseFailed;
    }

    /** Prints one attachment as a labelled, indented block; the text is already masked. */
    static void print(PrintStream out, String caseName, String attachment, String text) {
        StringBuilder block = new StringBuilder("[assay] ").append(caseName).append(" \u00b7 ").append(attachment)
                .append(":\n");
        text.lines().forEach(line -> block.append("    ").append(line).append('\n'));
        out.print(block);
    }
}
