package dev.assay.allure;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code RunFiles} holds the content of Allure's run-level files: {@code categories.json}, which
 * sorts failures by the messages Assay writes, and {@code executor.json}, which says who ran the
 * build (CI when its variables are set).
 */
final class RunFiles {

    private RunFiles() {
    }

    /**
     * Categories in the order Allure tries them (the first match wins). Each pattern matches text
     * Assay itself produces: the summary node's "misses a threshold", the comparison node's
     * "is significantly worse than", a case's status written as the message of a passing node, and
     * the exception types the provider clients and timeouts throw.
     */
    static List<Map<String, Object>> categories() {
        return List.of(
                category("Configuration error", List.of("failed", "broken"), "(?s).*Configuration error.*", null),
                category("Threshold violated", List.of("failed"),
                        "(?s).*(misses (a threshold|\\d+ thresholds)|case \\[.*\\] of model \\[.*\\]:).*", null),
                category("Significant regression", List.of("failed"), "(?s).*is significantly worse than.*", null),
                category("Timeout", List.of("broken", "failed", "passed"), "(?s)(timeout: .*|.*[Tt]imed? ?out.*)",
                        null),
                category("Unparseable output", List.of("broken", "failed", "passed"),
                        "(?s)(unparseable: .*|.*not the protocol's JSON.*)", null),
                category("Provider error", List.of("broken", "passed"), null, "(?s).*(ProviderException|"
                        + "ProviderHttpException|ReplayMissException).*"),
                category("Provider error", List.of("passed"), "(?s)error: .*", null));
    }

    private static Map<String, Object> category(String name, List<String> statuses, String messageRegex,
                                                String traceRegex) {
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("name", name);
        c.put("matchedStatuses", statuses);
        if (messageRegex != null) {
            c.put("messageRegex", messageRegex);
        }
        if (traceRegex != null) {
            c.put("traceRegex", traceRegex);
        }
        return c;
    }

    /** The CI build when GitHub Actions, GitLab or Jenkins variables say so, else the local machine. */
    static Map<String, Object> executor(String runId) {
        Map<String, String> env = System.getenv();
        Map<String, Object> e = new LinkedHashMap<>();
        if (env.containsKey("GITHUB_RUN_ID")) {
            String url = env.getOrDefault("GITHUB_SERVER_URL", "") + "/" + env.getOrDefault("GITHUB_REPOSITORY", "")
                    + "/actions/runs/" + env.get("GITHUB_RUN_ID");
            e.put("name", "GitHub Actions");
            e.put("type", "github");
            e.put("buildName", env.getOrDefault("GITHUB_WORKFLOW", "workflow") + " #" + env.get("GITHUB_RUN_NUMBER"));
            e.put("buildUrl", url);
        } else if (env.containsKey("CI_PIPELINE_ID")) {
            e.put("name", "GitLab CI");
            e.put("type", "gitlab");
            e.put("buildName", "pipeline " + env.get("CI_PIPELINE_ID"));
            e.put("buildUrl", env.get("CI_PIPELINE_URL"));
        } else if (env.containsKey("BUILD_URL")) {
            e.put("name", "Jenkins");
            e.put("type", "jenkins");
            e.put("buildName", env.getOrDefault("JOB_NAME", "job") + " #" + env.get("BUILD_NUMBER"));
            e.put("buildUrl", env.get("BUILD_URL"));
        } else {
            e.put("name", "true".equals(env.get("CI")) ? "CI" : "local");
            e.put("type", "true".equals(env.get("CI")) ? "ci" : "local");
            e.put("buildName", "Assay run " + runId);
        }
        e.put("buildOrder", System.currentTimeMillis() / 1000);
        e.put("reportName", "Assay benchmarks");
        return e;
    }
}
