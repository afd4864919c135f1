package dev.assay.junit;

import dev.assay.api.BenchmarkCase;
import dev.assay.api.Outcome;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * {@code CaseResolver} supplies the {@link BenchmarkCase} and {@link Outcome} parameters of one
 * call. Summary nodes never call the method, so there both are null.
 */
final class CaseResolver implements ParameterResolver {

    private final BenchmarkCase benchmarkCase;
    private final Outcome outcome;

    CaseResolver(BenchmarkCase benchmarkCase, Outcome outcome) {
        this.benchmarkCase = benchmarkCase;
        this.outcome = outcome;
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        return type == BenchmarkCase.class || type == Outcome.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == BenchmarkCase.class ? benchmarkCase : outcome;
    }
}
