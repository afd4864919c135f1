package dev.assay.report.export;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/** {@code CsvTables} writes a header and rows as RFC 4180 CSV with Jackson's CSV module. */
final class CsvTables {

    private static final CsvMapper CSV = new CsvMapper();

    private CsvTables() {
    }

    static String of(List<String> header, List<List<Object>> rows) {
        List<List<Object>> all = new ArrayList<>(rows.size() + 1);
        all.add(new ArrayList<>(header));
        rows.forEach(all::add);
        try {
            // Nulls as empty cells, numbers as Java prints them (every digit kept).
            return CSV.writer(CsvSchema.emptySchema().withNullValue("")).writeValueAsString(all);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
