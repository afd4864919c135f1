package dev.assay.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * {@code CaseOrder} puts a model's records in one fixed order, by case id and then round, before
 * anything is resampled. A bootstrap draws row numbers, so the rows must mean the same cases however
 * the records arrived: in a parallel run cases finish in any order, and shard journals are joined
 * in any order; sorted, a run's summary equals the one {@code assay report} rebuilds from its journal.
 */
final class CaseOrder {

    private static final Comparator<CaseRecord> BY_CASE_THEN_ROUND =
            Comparator.comparing(CaseRecord::caseId).thenComparingInt(CaseRecord::round);

    private CaseOrder() {
    }

    /** A sorted copy; records of one case and round (which a journal should not hold twice) keep their order. */
    static List<CaseRecord> sorted(List<CaseRecord> records) {
        List<CaseRecord> copy = new ArrayList<>(records);
        copy.sort(BY_CASE_THEN_ROUND);
        return copy;
    }
}
