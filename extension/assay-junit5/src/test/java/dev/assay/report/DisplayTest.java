package dev.assay.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What people see of a value: printable and short; the full value stays in the journal. */
class DisplayTest {

    @Test
    void controlCharactersShowAsTheirPictures() {
        assertThat(Display.shorten("a\u001b[2Jb\u0007c\u0000d\u007f", 100)).isEqualTo("a\u241b[2Jb\u2407c\u2400d\u2421");
        assertThat(Display.name("line\nbreak\ttab")).isEqualTo("line\u240abreak\u2409tab");
    }

    @Test
    void longTextIsCutWithAnEllipsisAtTheLimit() {
        String shown = Display.shorten("y".repeat(1_000_000), Display.CHART_LABEL);
        assertThat(shown).hasSize(Display.CHART_LABEL).endsWith("y\u2026");
        assertThat(Display.shorten("exactly", 7)).isEqualTo("exactly");
        assertThat(Display.shorten("exactly!", 7)).isEqualTo("exactl\u2026");
    }

    @Test
    void surrogatePairsStayWholeAndBrokenOnesAreReplaced() {
        String emoji = "\ud83d\ude00";
        assertThat(Display.shorten("ab" + emoji + "cd", 4)).as("never half a pair").isEqualTo("ab\u2026");
        assertThat(Display.shorten("ab" + emoji, 10)).isEqualTo("ab" + emoji);
        assertThat(Display.shorten("x\ud800y\udc00z", 10)).isEqualTo("x\ufffdy\ufffdz");
    }

    @Test
    void multiLineTextKeepsItsLineBreaksAndLosesItsEscapes() {
        assertThat(Display.text("first\r\nsecond\tcolumn\u001b[0m")).isEqualTo("first\r\nsecond\tcolumn\u241b[0m");
        assertThat(Display.text(null)).isNull();
    }
}
