package dev.assay.llm;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.assay.secrets.MaskedFailures;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.apiguardian.api.API;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * {@code @Provider} is used on a {@link ChatClient} parameter of a benchmark method to receive a ready
 * client for a provider and model ({@link ProviderSpec}), with default sampling settings that each
 * {@link ChatRequest} may override. Assay creates one connection per spec for the whole run (root
 * {@code ExtensionContext.Store}), closes it once, and applies the timeouts, retries, limits and
 * record/replay mode configured under {@code assay.provider.*}.
 *
 * <p>When the provider's API key is not in its environment variable, calls that need the provider
 * abort the test with the reason (shown as skipped), unless {@code assay.provider.requireKeys=true}
 * makes that a failure; replayed calls need no key.
 *
 * <pre>{@code
 * @BenchmarkTest(model = "llama-70b", rounds = 3)
 * void groq(BenchmarkCase c, Outcome out,
 *           @Provider(value = "groq:llama-3.3-70b-versatile", temperature = 0.7, maxTokens = 300) ChatClient llm) {
 *     llm.chat(c.text("question")).recordTo(out);
 * }
 * }</pre>
 */
@Target(ElementType.PARAMETER)
@Retention(RetentionPolicy.RUNTIME)
@Documented
// The annotation brings its own resolver: @Benchmark knows nothing of LLM providers.
@ExtendWith({ProviderParameterResolver.class, MaskedFailures.class})
@API(status = EXPERIMENTAL, since = "0.1")
public @interface Provider {

    /** The provider spec: {@code NAME:MODEL} or {@code URL#MODEL} (see {@link ProviderSpec}). */
    String value();

    /** Default temperature; NaN leaves it to the provider. */
    double temperature() default Double.NaN;

    /** Default top-p; NaN leaves it to the provider. */
    double topP() default Double.NaN;

    /** Default top-k; negative leaves it to the provider. */
    int topK() default -1;

    /** Default maximum output tokens; negative leaves it to the provider. */
    int maxTokens() default -1;

    /** Default seed; {@link Long#MIN_VALUE} leaves it to the provider. */
    long seed() default Long.MIN_VALUE;

    /** Default context size (Ollama's {@code num_ctx}); negative leaves it to the provider. */
    int contextSize() default -1;

    /** Default system prompt; empty for none. */
    String system() default "";

    /** Whether replies must be JSON objects (JSON mode). */
    boolean json() default false;
}
