package dev.assay.report.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * {@code Spreadsheet} writes {@code summary.xlsx} with fastexcel (a small, maintained writer of
 * Office Open XML): a "summary" sheet (one row per model and metric) and a "cases" sheet (one row
 * per record), numbers as numbers.
 */
final class Spreadsheet {

    /** Excel's row limit; a journal beyond it is in cases.csv whole and truncated here, saying so. */
    static final int MAX_ROWS = 1_048_576;

    private Spreadsheet() {
    }

    static byte[] of(List<List<Object>> summaryRows, List<List<Object>> caseRows) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Workbook workbook = new Workbook(out, "Assay", "1.0");
            sheet(workbook.newWorksheet("summary"), SummaryRows.HEADER, summaryRows);
            sheet(workbook.newWorksheet("cases"), CaseRows.HEADER, caseRows);
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static void sheet(Worksheet sheet, List<String> header, List<List<Object>> rows) throws IOException {
        for (int c = 0; c < header.size(); c++) {
            sheet.value(0, c, header.get(c));
            sheet.style(0, c).bold().set();
        }
        int shown = Math.min(rows.size(), MAX_ROWS - 2);
        for (int r = 0; r < shown; r++) {
            List<Object> row = rows.get(r);
            for (int c = 0; c < row.size(); c++) {
                Object v = row.get(c);
                if (v instanceof Number n) {
                    sheet.value(r + 1, c, n);
                } else if (v instanceof Boolean b) {
                    sheet.value(r + 1, c, b);
                } else if (v != null) {
                    // Excel holds at most 32,767 characters a cell; the CSV keeps the rest.
                    String s = v.toString();
                    sheet.value(r + 1, c, s.length() > 32_767 ? s.substring(0, 32_766) + "\u2026" : s);
                }
            }
        }
        if (shown < rows.size()) {
            sheet.value(shown + 1, 0, (rows.size() - shown) + " more rows: see cases.csv");
        }
        sheet.finish();
    }
}
