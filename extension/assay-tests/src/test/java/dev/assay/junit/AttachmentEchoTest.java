package dev.assay.junit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.assay.testkit.BenchmarkRun;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Attachments reach the test's standard output, which Surefire keeps as the case's
 * {@code <system-out>}: by default only for cases that failed or are not ok.
 */
class AttachmentEchoTest {

    @TempDir
    Path output;

    private String console(Map<String, String> config) {
        PrintStream old = System.out;
        ByteArrayOutputStream console = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(console, true, StandardCharsets.UTF_8));
            BenchmarkRun.of(output, config, AttachmentEchoTestCase.class);
        } finally {
            System.setOut(old);
        }
        return console.toString(StandardCharsets.UTF_8);
    }

    @Test
    void byDefaultOnlyACaseThatIsNotOkEchoesItsAttachments() {
        String console = console(Map.of());

        assertThat(console).contains("[assay] echo \u203a judged \u203a s2 \u00b7 judge_reasoning:\n"
                + "    case s2: the reply names the label\n    second line\n");
        assertThat(console).doesNotContain("\u203a s1 \u00b7 judge_reasoning").doesNotContain("case s1:");
    }

    @Test
    void allEchoesEveryCaseAndNoneNothing() {
        assertThat(console(Map.of(AttachmentEcho.KEY, "all"))).contains("\u203a s1 \u00b7 judge_reasoning:")
                .contains("\u203a s2 \u00b7 judge_reasoning:");
        assertThat(console(Map.of(AttachmentEcho.KEY, "none"))).doesNotContain("judge_reasoning");
    }

    @Test
    void anUnknownValueIsAConfigurationErrorNamingTheChoices() {
        BenchmarkRun run = BenchmarkRun.of(output, Map.of(AttachmentEcho.KEY, "sometimes"), AttachmentEchoTestCase.class);

        assertThat(run.configurationError()).contains("assay.attachments.stdout is [sometimes]")
                .contains("use failed (the default), all or none");
    }
}
