package dev.assay.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder.request;

import dev.assay.testkit.BenchmarkRun;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.commons.JUnitException;
import org.junit.platform.launcher.core.LauncherFactory;

/**
 * A {@code @BenchmarkTest} method that JUnit would silently leave out (it returns a value, or is
 * static or private) is a configuration error that names the method and the fix, never a green
 * build with zero tests.
 */
class UnrunnableMethodTest {

    @TempDir
    Path output;

    @Test
    void aClassWhoseOnlyMethodReturnsAValueStopsTheLauncherBeforeAnyTestRuns() {
        // Through the launcher, as Surefire and IDEs run tests: its discovery listeners are loaded as services.
        assertThatThrownBy(() -> LauncherFactory.create().discover(request()
                .selectors(selectClass(UnrunnableMethodTestCase.ReturnsOnly.class)).build()))
                .isInstanceOf(JUnitException.class)
                .hasMessage("Configuration error: @BenchmarkTest method [ReturnsOnly.lexicon(BenchmarkCase, Outcome)] "
                        + "returns [String], and JUnit runs only test methods that return nothing, so none of its "
                        + "cases would run; declare it void and hand the prediction to out.predict(...)");
    }

    @Test
    void aStaticAndAPrivateMethodBesideAGoodOneFailTheClassNamingBoth() {
        assertThat(BenchmarkRun.of(output, UnrunnableMethodTestCase.Mixed.class).configurationError())
                .contains("Configuration error: @BenchmarkTest method [Mixed.shared(BenchmarkCase, Outcome)] is static, "
                        + "and JUnit does not run static test methods, so none of its cases would run; remove [static]")
                .contains("Configuration error: @BenchmarkTest method [Mixed.hidden(BenchmarkCase, Outcome)] is private, "
                        + "and JUnit does not run private test methods, so none of its cases would run; make it "
                        + "package-private (remove [private])");
    }

    @Test
    void theLauncherCheckLetsAGoodBenchmarkThrough() {
        assertThat(LauncherFactory.create().discover(request()
                .selectors(selectClass(CompareTestCase.Upgrade.class)).build()).getRoots()).isNotEmpty();
    }
}
