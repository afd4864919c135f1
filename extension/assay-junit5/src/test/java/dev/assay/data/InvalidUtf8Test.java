package dev.assay.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.assay.api.CaseSource;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bytes that are not UTF-8 in a dataset are an error naming the file, line and byte, not silent
 * U+FFFD that would merge two distinct labels; {@code assay.dataset.invalidUtf8=replace} opts in to
 * reading them as U+FFFD.
 */
class InvalidUtf8Test {

    @TempDir
    Path root;

    private Path dataset(String name, byte[] bytes) throws IOException {
        Files.write(root.resolve(name), bytes);
        return root.resolve(name);
    }

    /** Two labels that differ only in a byte that is not UTF-8 (Latin-1 é and ê). */
    private static byte[] latin1Labels(String separator, boolean jsonl) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] header = jsonl ? new byte[0] : ("id" + separator + "label\n").getBytes(StandardCharsets.US_ASCII);
        out.writeBytes(header);
        for (int i = 0; i < 2; i++) {
            String line = jsonl ? "{\"id\":\"c" + i + "\",\"expected\":\"caf" : "c" + i + separator + "caf";
            out.writeBytes(line.getBytes(StandardCharsets.US_ASCII));
            out.write(i == 0 ? 0xe9 : 0xea);
            out.writeBytes((jsonl ? "\"}\n" : "\n").getBytes(StandardCharsets.US_ASCII));
        }
        return out.toByteArray();
    }

    private static CaseSourceSpec spec(String file, String expected) {
        return new CaseSourceSpec(file, CaseSource.Format.AUTO, "id", expected, List.of(), List.of(), "|");
    }

    @Test
    void aJsonlLineWithALatin1ByteNamesTheFileTheLineAndTheByte() throws IOException {
        dataset("cases.jsonl", latin1Labels("", true));

        assertThatThrownBy(() -> CaseLoader.load(spec("cases.jsonl", "expected"), new ProjectPaths(root)))
                .isInstanceOf(DatasetException.class)
                .hasMessage("Configuration error: dataset [cases.jsonl] line 1 has a byte that is not UTF-8 (0xe9, byte "
                        + "27 of the line, 27 of the file); save the file as UTF-8, or set assay.dataset.invalidUtf8=replace "
                        + "to read such bytes as U+FFFD (distinct labels may then merge)");
    }

    @Test
    void aTsvRowIsNamedByItsLineToo() throws IOException {
        dataset("cases.tsv", latin1Labels("\t", false));

        assertThatThrownBy(() -> CaseLoader.load(spec("cases.tsv", "label"), new ProjectPaths(root)))
                .isInstanceOf(DatasetException.class)
                .hasMessageStartingWith("Configuration error: dataset [cases.tsv] line 2 has a byte that is not UTF-8 "
                        + "(0xe9, byte 7 of the line, 16 of the file)");
    }

    @Test
    void replaceReadsTheBytesAsTheReplacementCharacter() throws IOException {
        dataset("cases.jsonl", latin1Labels("", true));

        Dataset d = CaseLoader.load(spec("cases.jsonl", "expected"), new ProjectPaths(root), InvalidUtf8.REPLACE);

        assertThat(d.cases()).extracting(DatasetCase::expected).containsExactly("caf\ufffd", "caf\ufffd");
    }

    @Test
    void theSettingAcceptsFailAndReplaceOnly() {
        assertThat(InvalidUtf8.parse(" Replace ")).isEqualTo(InvalidUtf8.REPLACE);
        assertThatThrownBy(() -> InvalidUtf8.parse("ignore")).hasMessage("Configuration error: "
                + "assay.dataset.invalidUtf8 is [ignore]; use fail (the default) or replace");
    }
}
