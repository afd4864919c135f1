package dev.assay.junit;

import static org.apiguardian.api.API.Status.INTERNAL;

import dev.assay.api.Corpus;
import org.apiguardian.api.API;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * {@code CorpusResolver} is registered by {@code @Benchmark} to supply the {@link Corpus} parameter of
 * a {@code @Ranking} benchmark's methods: the one corpus the class loaded, on every node that calls or
 * names the method (cases, batches, warm-up, verdicts).
 */
@API(status = INTERNAL, since = "0.1")
public final class CorpusResolver implements ParameterResolver {

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == Corpus.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        Corpus corpus = BenchmarkState.of(context).corpus();
        if (corpus == null) {
            // BenchmarkSetup rejects this before any case runs; kept for classes set up some other way.
            throw new ParameterResolutionException("Configuration error: [" + context.getRequiredTestMethod().getName()
                    + "] takes a Corpus, but [" + context.getRequiredTestClass().getSimpleName()
                    + "] has no @Ranking(corpus = ...) naming one");
        }
        return corpus;
    }
}
