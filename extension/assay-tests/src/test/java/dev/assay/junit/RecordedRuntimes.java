package dev.assay.junit;

import dev.assay.api.RuntimeFacts;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Test helper: copies the runtime facts recorded for each test method (model = method name, benchmark
 * = class simple name, as {@link RuntimeFacts} names plain tests) where the tests can read them after
 * an engine run.
 */
public final class RecordedRuntimes implements AfterEachCallback {

    /** Facts by method name, from the last engine run. */
    public static final Map<String, Map<String, Object>> BY_METHOD = new ConcurrentHashMap<>();

    @Override
    public void afterEach(ExtensionContext context) {
        String method = context.getRequiredTestMethod().getName();
        BY_METHOD.put(method, RuntimeFacts.of(context, context.getRequiredTestClass().getSimpleName(), method));
    }
}
