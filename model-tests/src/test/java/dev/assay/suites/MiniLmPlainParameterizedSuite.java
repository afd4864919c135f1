package dev.assay.suites;

import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.onnxruntime.OrtSession;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The work of {@link MiniLmInt8ThroughputSuite} as a plain JUnit {@code @ParameterizedTest}, without
 * Assay: the same batches of pairs and rounds, one test node per batch, the session loaded once in
 * {@code @BeforeAll}. A side of {@link MiniLmThroughput}: what JUnit's own test nodes cost, so the
 * difference to the Assay side is Assay's. Nothing is recorded or scored. Not run by
 * {@code mvn test} (the name matches no Surefire include).
 */
class MiniLmPlainParameterizedSuite {

    private static OrtSession session;

    @BeforeAll
    static void load() throws Exception {
        session = MiniLmThroughput.openInt8Session();
    }

    @AfterAll
    static void close() throws Exception {
        session.close();
    }

    static Stream<Arguments> batches() throws Exception {
        List<Arguments> calls = new ArrayList<>();
        for (int round = 1; round <= MiniLmInt8ThroughputSuite.ROUNDS; round++) {
            for (List<String[]> batch : MiniLmThroughput.batches(MiniLmThroughput.pairs())) {
                calls.add(Arguments.of(batch, round));
            }
        }
        return calls.stream();
    }

    @ParameterizedTest(name = "round {1}, batch {index}")
    @MethodSource("batches")
    void cosines(List<String[]> batch, int round) throws Exception {
        List<String> a = batch.stream().map(p -> p[0]).toList();
        List<String> b = batch.stream().map(p -> p[1]).toList();
        for (double cosine : SentenceEmbeddings.cosines(session, SentenceSimilarityBenchmark.TOKENIZER, a, b)) {
            assertTrue(Double.isFinite(cosine));
        }
    }
}
