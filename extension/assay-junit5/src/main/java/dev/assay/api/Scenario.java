package dev.assay.api;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.apiguardian.api.API;

/**
 * {@code @Scenario} is used beside {@link BenchmarkTest @BenchmarkTest} to run a model under a load
 * scenario after <a href="https://github.com/mlcommons/inference/tree/master/loadgen">MLPerf LoadGen</a>
 * instead of one test node per case: the scenario is one node ({@code ridge › scenario server @ 50/s})
 * that issues the cases to the method from its own threads, still writes one journal record per case,
 * and puts its own figures in the model's {@code scenario} object of {@code summary.json}.
 *
 * <ul>
 *   <li>{@link Kind#SINGLE_STREAM}: one query (one case) at a time, the next issued when the previous
 *       completes; reports latency percentiles, the 90th being LoadGen's single-stream metric.</li>
 *   <li>{@link Kind#OFFLINE}: every case handed to the model at once, from {@link #concurrency()}
 *       workers (a {@link CaseBatch} method gets batches of its {@code batch} size); reports
 *       throughput over the span.</li>
 *   <li>{@link Kind#SERVER}: one-case queries at Poisson arrival times of rate {@link #targetQps()}
 *       from a fixed seed, each issued at its scheduled time whether or not earlier ones finished (at
 *       most {@link #maxInFlight()} in flight); latency counts from the scheduled time, so queueing
 *       counts. The run is {@code VALID} when the {@link #percentile()} latency is within
 *       {@link #latencyBoundMs()} and the achieved issue rate is within {@link #rateTolerance()} of
 *       the schedule's; an {@code INVALID} run fails the model's summary node. With
 *       {@link #findMaxRate()} it first searches for the highest rate that keeps the bound.</li>
 * </ul>
 *
 * <pre>{@code
 * @BenchmarkTest(model = "gemma3", task = Task.CLASSIFICATION)
 * @Scenario(value = Scenario.Kind.SERVER, targetQps = 20, latencyBoundMs = 2000, percentile = 99)
 * void gemma(BenchmarkCase c, Outcome out, @Provider("ollama:gemma3:4b") ChatClient llm) {
 *     out.predict(llm.chat(c.text("prompt")).text().strip());
 * }
 * }</pre>
 *
 * <p>Parameters other than the case, outcome or batch ({@code @Onnx OrtSession},
 * {@code @Provider ChatClient}, ...) are resolved once for the node and shared by every call, from
 * several threads under {@code OFFLINE} and {@code SERVER}.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@API(status = EXPERIMENTAL, since = "0.1")
public @interface Scenario {

    /** The scenario. */
    Kind value();

    /** {@code OFFLINE} only: how many calls run at once (workers taking the next case or batch). */
    int concurrency() default 1;

    /** {@code SERVER}: the mean arrival rate in queries per second (required unless {@link #findMaxRate()}). */
    double targetQps() default 0;

    /** {@code SERVER}: the latency bound in ms that the {@link #percentile()} latency must keep (LoadGen: 100 ms by default). */
    double latencyBoundMs() default 100;

    /**
     * The latency percentile judged ({@code SERVER}) or reported as the result ({@code SINGLE_STREAM}),
     * in percent; 0 for LoadGen's default: 99 for {@code SERVER}, 90 for {@code SINGLE_STREAM}.
     */
    double percentile() default 0;

    /**
     * {@code SERVER}: how far the achieved issue rate may fall below the schedule's own rate (a
     * fraction) before the run is {@code INVALID}: the harness or {@link #maxInFlight()} held queries back.
     */
    double rateTolerance() default 0.05;

    /**
     * {@code SERVER}: the most queries in flight at once. LoadGen sets no limit; Assay bounds the
     * threads an overwhelmed model can take. A query due while the limit is reached is issued when a
     * slot frees: its latency still counts from its scheduled time, and the achieved rate shows the delay.
     */
    int maxInFlight() default 64;

    /**
     * {@code SERVER}: first search for the highest rate between {@link #minQps()} and {@link #maxQps()}
     * that is {@code VALID} (a bounded binary search, as LoadGen's FindPeakPerformance mode: short probes
     * of {@link #probeQueries()} queries that reuse the dataset's cases and are not journaled), then run
     * the dataset once at that rate, journaled.
     */
    boolean findMaxRate() default false;

    /** {@code findMaxRate}: the lowest rate probed (queries per second). */
    double minQps() default 1;

    /** {@code findMaxRate}: the highest rate probed (queries per second). */
    double maxQps() default 0;

    /** {@code findMaxRate}: queries per probe, cycling through the dataset's cases. */
    int probeQueries() default 100;

    /** {@code findMaxRate}: the most probes, the two bounds included. */
    int probes() default 8;

    /** The load scenarios of MLPerf LoadGen that Assay runs. */
    enum Kind {
        /** One query at a time; latency percentiles. */
        SINGLE_STREAM,
        /** Every case at once, in batches or from concurrent workers; throughput. */
        OFFLINE,
        /** Poisson arrivals at a target rate; the share of queries over a latency bound and a verdict. */
        SERVER
    }
}
