package dev.assay.junit;

import dev.assay.api.CaseBatch;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/** {@code BatchResolver} supplies the {@link CaseBatch} parameter of one batch call. */
final class BatchResolver implements ParameterResolver {

    private final CaseBatch batch;

    BatchResolver(CaseBatch batch) {
        this.batch = batch;
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == CaseBatch.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return batch;
    }
}
