package dev.assay.junit;

import dev.assay.api.Outcome;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Callable;

/**
 * {@code RecordingOutcome} is the {@link Outcome} handed to one call: it keeps what the method
 * recorded until the case's record is written.
 */
final class RecordingOutcome implements Outcome {

    private Object predicted;
    private Map<String, Double> probabilities;
    private long timedNanos;
    private boolean timed;
    private Double latencyMs;
    private Double ttftMs;
    private Integer tokensIn;
    private Integer tokensOut;
    private Integer attempts;
    private Map<String, Double> scores;
    private Map<String, dev.assay.api.Better> directions;
    private String unparseable;
    private Map<String, String> attachments;
    private String prompt;
    private String reply;

    @Override
    public Outcome predict(Object value) {
        this.predicted = Objects.requireNonNull(value, "predicted value must not be null; call out.unparseable(reason) "
                + "when the model gave nothing usable");
        return this;
    }

    @Override
    public Outcome probabilities(Map<String, ? extends Number> values) {
        Map<String, Double> copy = new LinkedHashMap<>();
        values.forEach((label, p) -> {
            double v = p.doubleValue();
            if (!(v >= 0 && v <= 1)) {
                throw new IllegalArgumentException("probability of label [" + label + "] is " + v
                        + "; probabilities must lie in [0, 1] (apply softmax or sigmoid to logits)");
            }
            copy.put(label, v);
        });
        this.probabilities = copy;
        return this;
    }

    @Override
    public <T> T time(Callable<T> region) throws Exception {
        long start = System.nanoTime();
        try {
            return region.call();
        } finally {
            timedNanos += System.nanoTime() - start;
            timed = true;
        }
    }

    @Override
    public Outcome latencyMs(double millis) {
        this.latencyMs = millis;
        return this;
    }

    @Override
    public Outcome ttftMs(double millis) {
        this.ttftMs = millis;
        return this;
    }

    @Override
    public Outcome tokens(int in, int out) {
        this.tokensIn = in;
        this.tokensOut = out;
        return this;
    }

    @Override
    public Outcome score(String name, double value) {
        if (scores == null) {
            scores = new LinkedHashMap<>();
        }
        scores.put(name, value);
        return this;
    }

    @Override
    public Outcome attach(String name, String text) {
        if (attachments == null) {
            attachments = new LinkedHashMap<>();
        }
        attachments.put(Objects.requireNonNull(name, "attachment name"), text == null ? "" : text);
        return this;
    }

    @Override
    public Outcome attempts(int count) {
        this.attempts = count;
        return this;
    }

    @Override
    public Outcome unparseable(String reason) {
        this.unparseable = reason == null || reason.isBlank() ? "output could not be parsed" : reason;
        return this;
    }

    @Override
    public Outcome prompt(String text) {
        this.prompt = text;
        return this;
    }

    @Override
    public Outcome reply(String text) {
        this.reply = text;
        return this;
    }

    String prompt() {
        return prompt;
    }

    String reply() {
        return reply;
    }

    Object predicted() {
        return predicted;
    }

    Map<String, Double> probabilities() {
        return probabilities;
    }

    /** The latency to record: set by the caller, else the timed region, else the whole call. */
    Double latencyMs(Long wholeCallNanos) {
        if (latencyMs != null) {
            return latencyMs;
        }
        if (timed) {
            return timedNanos / 1e6;
        }
        return wholeCallNanos == null ? null : wholeCallNanos / 1e6;
    }

    Double ttftMs() {
        return ttftMs;
    }

    Integer tokensIn() {
        return tokensIn;
    }

    Integer tokensOut() {
        return tokensOut;
    }

    Integer attempts() {
        return attempts;
    }

    @Override
    public Outcome score(String name, double value, dev.assay.api.Better better) {
        java.util.Objects.requireNonNull(better, "better: use Better.HIGHER or Better.LOWER");
        score(name, value);
        if (directions == null) {
            directions = new LinkedHashMap<>();
        }
        directions.put(name, better);
        return this;
    }

    /** The directions given with {@link #score(String, double, dev.assay.api.Better)}, by score name. */
    Map<String, dev.assay.api.Better> directions() {
        return directions == null ? Map.of() : directions;
    }

    Map<String, Double> scores() {
        return scores == null ? Map.of() : scores;
    }

    /** Texts attached by name, in the order first attached. */
    Map<String, String> attachments() {
        return attachments == null ? Map.of() : attachments;
    }

    String unparseable() {
        return unparseable;
    }
}
