package dev.assay.data;

import static org.apiguardian.api.API.Status.INTERNAL;

import dev.assay.api.CaseSource;
import java.util.List;
import java.util.Locale;
import org.apiguardian.api.API;

/**
 * {@code CaseSourceSpec} is what to read: the file, its format and which fields are the id, the
 * expected value, the inputs and the tags. It is built from a {@link CaseSource @CaseSource} or
 * directly (tests, the CLI).
 *
 * @param source the path as the user wrote it
 * @param format the file format; never {@code AUTO} once {@link #resolvedFormat()} is asked
 * @param idField the id field
 * @param expectedField the expected-value field
 * @param inputFields the input fields; empty for all remaining fields
 * @param tagFields the tag fields; empty for the JSONL {@code tags} object
 * @param labelSeparator separator of multilabel values in CSV/TSV cells
 */
@API(status = INTERNAL, since = "0.1")
public record CaseSourceSpec(String source, CaseSource.Format format, String idField, String expectedField,
                             List<String> inputFields, List<String> tagFields, String labelSeparator) {

    /** The spec a {@code @CaseSource} declares. */
    public static CaseSourceSpec of(CaseSource annotation) {
        return new CaseSourceSpec(annotation.value(), annotation.format(), annotation.id(), annotation.expected(),
                List.of(annotation.inputs()), List.of(annotation.tags()), annotation.labelSeparator());
    }

    /** The format, with {@code AUTO} resolved from the file extension. */
    public CaseSource.Format resolvedFormat() {
        if (format != CaseSource.Format.AUTO) {
            return format;
        }
        String name = source.toLowerCase(Locale.ROOT);
        if (name.endsWith(".jsonl") || name.endsWith(".ndjson")) {
            return CaseSource.Format.JSONL;
        }
        if (name.endsWith(".csv")) {
            return CaseSource.Format.CSV;
        }
        if (name.endsWith(".tsv")) {
            return CaseSource.Format.TSV;
        }
        throw new DatasetException("Configuration error: @CaseSource [" + source + "] has an extension Assay "
                + "cannot read; use a .jsonl, .csv or .tsv file, or set format = Format.JSONL/CSV/TSV");
    }
}
