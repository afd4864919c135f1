package dev.assay.suites;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import dev.assay.llm.Protocol;
import dev.assay.llm.ProviderMode;
import dev.assay.testkit.StandInServer;
import dev.assay.suites.glue.Sst2StandIn;
import dev.assay.suites.support.CustomerServiceCases;
import dev.assay.suites.support.SupportStandIn;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;

/**
 * Re-makes the LLM suites' committed fixtures against the stand-in server: the generated
 * customer-service datasets and every recording under {@code fixtures/recordings/} that the suites
 * replay in CI. Each recorded reply carries {@code "origin": "stand-in"}. Not a test; run it from the
 * repository root after changing a stand-in responder or a suite's prompts:
 *
 * <pre>
 * mvn -q -o -Pbenchmarks -pl model-tests -am test-compile
 * java -cp "model-tests/target/test-classes:$(cat cp.txt)" dev.assay.suites.StandInRecorder
 * </pre>
 */
public final class StandInRecorder {

    private StandInRecorder() {
    }

    public static void main(String[] args) throws Exception {
        Path root = Path.of(args.length > 0 ? args[0] : ".").toAbsolutePath().normalize();
        for (String f : List.of("customer-service-conversation.json", "customer-service-tickets.json", "sst2-providers.json",
                "customer-service-generation-conversations.json", "customer-service-validation-conversations.json",
                "customer-service-generation-tickets.json", "customer-service-validation-tickets.json")) {
            Files.deleteIfExists(root.resolve("fixtures/recordings").resolve(f)); // record mode must not keep stale replies
        }
        try (StandInServer support = StandInServer.start(new SupportStandIn())) {
            Map<String, String> config = providers(support, "groq");
            CustomerServiceCases.generate(root, root, config, ProviderMode.RECORD);
            run(root, config, "dev.assay.suites.support.CustomerServiceConversationBenchmark",
                    "dev.assay.suites.support.CustomerServiceTicketBenchmark");
        }
        try (StandInServer sst2 = StandInServer.start(new Sst2StandIn())) {
            Map<String, String> config = new HashMap<>();
            config.putAll(providers(sst2, "ollama"));
            config.putAll(providers(sst2, "gemini"));
            config.putAll(providers(sst2, "xai"));
            run(root, config, "dev.assay.suites.glue.Sst2ProvidersBenchmark");
        }
    }

    /** Points a provider at the stand-in, speaking the provider's own protocol, with no key. */
    private static Map<String, String> providers(StandInServer server, String name) {
        Protocol protocol = switch (name) {
            case "ollama" -> Protocol.OLLAMA;
            case "gemini" -> Protocol.GEMINI;
            default -> Protocol.OPENAI;
        };
        return Map.of("assay.provider." + name + ".baseUrl", server.baseUrl(protocol).toString(),
                "assay.provider." + name + ".apiKeyEnv", "none");
    }

    private static void run(Path root, Map<String, String> config, String... classes) {
        LauncherDiscoveryRequestBuilder request = LauncherDiscoveryRequestBuilder.request()
                .configurationParameter("assay.provider.mode", "record")
                .configurationParameter("assay.root", root.toString())
                .configurationParameter("assay.output.dir", root.resolve("model-tests/target/assay-record").toString())
                .configurationParameter("assay.history.dir", "none")
                .configurationParameters(config);
        for (String c : classes) {
            request.selectors(selectClass(c));
        }
        LauncherDiscoveryRequest built = request.build();
        Launcher launcher = LauncherFactory.create();
        SummaryGeneratingListener listener = new SummaryGeneratingListener();
        launcher.execute(built, listener);
        listener.getSummary().printTo(new java.io.PrintWriter(System.out));
        listener.getSummary().printFailuresTo(new java.io.PrintWriter(System.out), 5);
    }
}
