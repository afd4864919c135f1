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
 * Assay: the same pairs and rounds, one test node per call, the session loaded once in
 * {@code @BeforeAll}. The third side of {@link MiniLmThroughput}: what JUnit's own per-node work
 * costs, so the difference to the Assay side is Assay's. Nothing is recorded or scored. Not run by
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

    static Stream<Arguments> calls() throws Exception {
        List<Arguments> calls = new ArrayList<>();
        for (int round = 1; round <= MiniLmInt8ThroughputSuite.ROUNDS; round++) {
            for (String[] pair : MiniLmThroughput.pairs()) {
                calls.add(Arguments.of(pair[0], pair[1], round));
            }
        }
        return calls.stream();
    }

    @ParameterizedTest(name = "round {2}: {0} / {1}")
    @MethodSource("calls")
    void cosine(String a, String b, int round) throws Exception {
        double cosine = SentenceEmbeddings.cosine(session, SentenceSimilarityBenchmark.TOKENIZER, a, b);
        assertTrue(Double.isFinite(cosine));
    }
}
