package dev.assay.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.assay.api.CaseSource;
import dev.assay.testing.RepoPaths;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Reading JSONL, CSV and GLUE-style TSV case sources. */
class CaseLoaderTest {

    private final ProjectPaths paths = new ProjectPaths(RepoPaths.root());

    private static CaseSourceSpec spec(String file, String id, String expected, List<String> inputs, List<String> tags) {
        return new CaseSourceSpec(file, CaseSource.Format.AUTO, id, expected, inputs, tags, "|");
    }

    @Test
    void jsonlKeepsJsonTypesAndTakesTagsFromTheTagsObject() {
        Dataset d = CaseLoader.load(spec("datasets/tiny-regression.jsonl", "id", "expected", List.of(), List.of()), paths);

        assertThat(d.size()).isEqualTo(4);
        DatasetCase a = d.cases().get(0);
        assertThat(a.id()).isEqualTo("a");
        assertThat(a.expected()).isEqualTo(10);
        assertThat(a.inputs()).containsExactly(Map.entry("x", 1));
        assertThat(a.tags()).containsExactly(Map.entry("size", "small"));
        assertThat(a.location()).isEqualTo("datasets/tiny-regression.jsonl:1");
    }

    @Test
    void glueTsvHasNoQuotingAndRowIdsWhenThereIsNoIdColumn() {
        Dataset d = CaseLoader.load(spec("datasets/glue-sst2.tsv", "id", "label", List.of(), List.of()), paths);

        assertThat(d.cases()).extracting(DatasetCase::id).containsExactly("row_0001", "row_0002", "row_0003");
        assertThat(d.cases().get(0).inputs().get("sentence"))
                .isEqualTo("it's a \"charming\" and often affecting journey .");
        assertThat(d.cases().get(1).inputs().get("sentence")).isEqualTo("unflinchingly bleak and desperate ");
        assertThat(d.cases()).extracting(DatasetCase::expected).containsExactly("1", "0", "1");
        assertThat(d.cases().get(2).location()).isEqualTo("datasets/glue-sst2.tsv:4");
    }

    @Test
    void csvWithConfiguredColumnsQuotedCommasAndTagColumns() {
        Dataset d = CaseLoader.load(spec("datasets/scores.csv", "case_id", "score", List.of("note"), List.of("segment")),
                paths);

        DatasetCase r1 = d.cases().get(0);
        assertThat(r1.id()).isEqualTo("r1");
        assertThat(r1.expected()).isEqualTo("12.5");
        assertThat(r1.inputs()).containsExactly(Map.entry("note", "hello, world"));
        assertThat(r1.tags()).containsExactly(Map.entry("segment", "retail"));
    }

    @Test
    void unknownInputColumnListsTheFields() {
        assertThatThrownBy(() -> CaseLoader.load(spec("datasets/scores.csv", "case_id", "score", List.of("nots"),
                List.of()), paths))
                .hasMessage("Configuration error: dataset [datasets/scores.csv:2] has no input field [nots] named in "
                        + "@CaseSource(inputs = ...); its fields are [note, segment]");
    }

    @Test
    void unknownExtensionSaysWhichFormatsAreRead() {
        assertThatThrownBy(() -> CaseLoader.load(spec("datasets/cases.parquet", "id", "expected", List.of(), List.of()),
                paths))
                .hasMessageContaining("use a .jsonl, .csv or .tsv file, or set format = Format.JSONL/CSV/TSV");
    }
}
