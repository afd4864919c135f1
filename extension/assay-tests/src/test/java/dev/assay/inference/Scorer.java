package dev.assay.inference;

import dev.assay.testkit.ServedModel;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Test helper: the stand-in's model for the engine tests, a logistic scorer in plain Java
 * ({@code p(pos) = sigmoid(x0 + x1)}), which counts how many calls it runs at once.
 */
final class Scorer {

    static final List<String> LABELS = List.of("neg", "pos");
    static final TensorMetadata INPUT = new TensorMetadata("x", Datatype.FP32, List.of(-1L, 2L));

    final AtomicInteger inFlight = new AtomicInteger();
    final AtomicInteger maxInFlight = new AtomicInteger();
    volatile long workMillis;

    ServedModel model() {
        return ServedModel.of("scorer", List.of(INPUT),
                List.of(new TensorMetadata("label", Datatype.INT64, List.of(-1L)),
                        new TensorMetadata("probabilities", Datatype.FP32, List.of(-1L, 2L))),
                this::run).platform("java_stand_in").versions("1", "2");
    }

    private Map<String, Tensor> run(Map<String, Tensor> inputs) {
        maxInFlight.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
        try {
            if (workMillis > 0) {
                Thread.sleep(workMillis);
            }
            double[][] rows = inputs.get("x").rows();
            long[] labels = new long[rows.length];
            float[] p = new float[rows.length * 2];
            for (int i = 0; i < rows.length; i++) {
                float p1 = expected(rows[i]);
                p[2 * i] = 1 - p1;
                p[2 * i + 1] = p1;
                labels[i] = p1 >= 0.5f ? 1 : 0;
            }
            Map<String, Tensor> out = new LinkedHashMap<>();
            out.put("label", Tensor.int64("label", new long[] {rows.length}, labels));
            out.put("probabilities", Tensor.fp32("probabilities", new long[] {rows.length, 2}, p));
            return out;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } finally {
            inFlight.decrementAndGet();
        }
    }

    /** p(pos) for one row, in float as the model computes it. */
    static float expected(double[] row) {
        return (float) (1 / (1 + Math.exp(-(float) row[0] - (float) row[1])));
    }
}
