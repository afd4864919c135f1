package dev.assay.onnx;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.apiguardian.api.API;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * {@code @Onnx} is used on an {@code ai.onnxruntime.OrtSession} parameter of a
 * {@link dev.assay.api.BenchmarkTest @BenchmarkTest} method to receive a ready ONNX Runtime session for a model.
 *
 * <p>The model is a file path relative to the project root (the folder holding the top-level
 * {@code pom.xml}, or the {@code assay.root} configuration value), an absolute path, or a
 * classpath resource. Each model + options is loaded once per run, shared by every test that asks
 * for it (parallel execution included), and closed when the run ends.
 *
 * <p>The device defaults to the {@code assay.onnx.device} configuration value ({@code auto} when
 * unset): {@code auto} uses CUDA when it loads and falls back to the CPU otherwise; {@code cuda} and
 * {@code tensorrt} abort the benchmark (shown as skipped, with the loader's reason) where they cannot
 * load, or fail it when {@code assay.onnx.requireGpu=true}. The execution provider that actually ran
 * is recorded in the summary's {@code runtime} object.
 *
 * <pre>{@code
 * @BenchmarkTest(model = "logreg", task = Task.CLASSIFICATION)
 * void logreg(BenchmarkCase c, Outcome out,
 *             @Onnx("fixtures/models/breast-cancer-logreg.onnx") OrtSession session) throws Exception {
 *     try (OnnxResult r = out.time(() -> OnnxRun.of(session).input("features", c.input("features")).run())) {
 *         out.predict(r.label("label")).probabilities(r.probabilities("probabilities"));
 *     }
 * }
 * }</pre>
 */
@Target(ElementType.PARAMETER)
@Retention(RetentionPolicy.RUNTIME)
@Documented
// The annotation brings its own extensions (as junit-pioneer's @New does): @Benchmark knows nothing of ONNX.
@ExtendWith({OnnxSessionResolver.class, OnnxDeviceCondition.class})
@API(status = EXPERIMENTAL, since = "0.1")
public @interface Onnx {

    /** The model: a path relative to the project root, an absolute path, or a classpath resource. */
    String value();

    /** Where the model runs; {@link Device#CONFIGURED} takes the {@code assay.onnx.device} configuration value. */
    Device device() default Device.CONFIGURED;

    /** The GPU to use, for CUDA and TensorRT. */
    int deviceId() default 0;

    /** Threads used inside one operator; 0 leaves ONNX Runtime's default (one per core). */
    int intraOpThreads() default 0;

    /** Threads used to run independent operators in parallel; 0 leaves ONNX Runtime's default. */
    int interOpThreads() default 0;

    /** How much ONNX Runtime rewrites the graph before running it. */
    Optimization optimization() default Optimization.ALL;

    /** Upper bound of the CUDA memory arena in MiB; 0 means no bound. */
    long gpuMemoryLimitMb() default 0;

    /** Where a model runs. */
    enum Device {
        /** The {@code assay.onnx.device} configuration value; {@link #AUTO} when it is not set. */
        CONFIGURED,
        /** CUDA when it can load on this machine, the CPU otherwise. */
        AUTO,
        /** The CPU execution provider. */
        CPU,
        /** The CUDA execution provider (nodes it cannot run fall back to the CPU). */
        CUDA,
        /** The TensorRT execution provider, with CUDA and the CPU for the nodes it cannot run. */
        TENSORRT
    }

    /** ONNX Runtime's graph optimisation levels. */
    enum Optimization {
        /** No graph rewriting. */
        NONE,
        /** Constant folding and redundant-node elimination. */
        BASIC,
        /** Basic plus node fusions. */
        EXTENDED,
        /** Every optimisation, layout changes included. */
        ALL
    }
}
