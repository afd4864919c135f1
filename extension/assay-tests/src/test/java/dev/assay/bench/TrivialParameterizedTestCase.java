package dev.assay.bench;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

/** Benchmark fixture: the same trivial model over the same file, as a plain parameterized test. */
public class TrivialParameterizedTestCase {

    @ParameterizedTest(name = "identity \u203a {0}")
    @CsvFileSource(files = "target/bench/overhead.csv", numLinesToSkip = 1)
    void identity(String id, double expected, double x) {
        double predicted = x * 2;
        assertTrue(Double.isFinite(predicted - expected));
    }
}
