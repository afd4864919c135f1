package dev.assay.junit;

import static org.apiguardian.api.API.Status.INTERNAL;

import dev.assay.data.InvalidUtf8;
import dev.assay.report.EstimatorSettings;
import dev.assay.stats.Correction;
import java.nio.file.Path;
import org.apiguardian.api.API;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * {@code AssayConfig} is the run's configuration, read once from JUnit configuration parameters
 * ({@code junit-platform.properties} or {@code -D}); every key is documented in the README.
 *
 * @param root the project root override, or null to detect it
 * @param outputDir where run folders go ({@code target/assay})
 * @param runId the run id override, or null for a fresh one
 * @param shardIndex this shard, from 1 (1 when unsharded)
 * @param shardCount how many shards (1 when unsharded)
 * @param estimator confidence, resamples and seed
 * @param progressSeconds seconds between progress lines
 * @param invalidUtf8 what reading a dataset does with bytes that are not UTF-8
 * @param correction the multiplicity correction of the comparisons' p-values
 * @param attachments which cases' attachments are also printed to the test's output
 * @param resourceIntervalMs how often resource use is sampled, in ms; 0 for not at all
 */
@API(status = INTERNAL, since = "0.1")
public record AssayConfig(String root, Path outputDir, String runId, int shardIndex, int shardCount,
                          EstimatorSettings estimator, int progressSeconds, InvalidUtf8 invalidUtf8,
                          Correction correction, AttachmentEcho attachments, int resourceIntervalMs) {

    /** This run's shard as records name it ({@code 2/4}), or null when the run is not sharded. */
    public String shardLabel() {
        return shardCount > 1 ? shardIndex + "/" + shardCount : null;
    }

    /** Whether this run is one shard of several: its verdicts wait for {@code assay merge}. */
    public boolean sharded() {
        return shardCount > 1;
    }

    /** {@code assay.root}: the folder dataset and model paths are relative to. */
    public static final String ROOT_KEY = "assay.root";
    /** {@code assay.output.dir}: where run folders are written (default {@code target/assay}). */
    public static final String OUTPUT_DIR_KEY = "assay.output.dir";
    /** {@code assay.run.id}: the run's id (default: UTC time and a random suffix). */
    public static final String RUN_ID_KEY = "assay.run.id";
    /** {@code assay.shard}: {@code K/N} runs every N-th case starting at the K-th. */
    public static final String SHARD_KEY = "assay.shard";
    /** {@code assay.seed}: the seed of every resampling (default 42). */
    public static final String SEED_KEY = "assay.seed";
    /** {@code assay.bootstrap.resamples}: bootstrap resamples per interval (default 1000). */
    public static final String RESAMPLES_KEY = "assay.bootstrap.resamples";
    /** {@code assay.bootstrap.maxCases}: above this many cases, m-out-of-n resamples of this size (default 5000). */
    public static final String MAX_CASES_KEY = "assay.bootstrap.maxCases";
    /** {@code assay.confidence}: confidence level of intervals (default 0.95). */
    public static final String CONFIDENCE_KEY = "assay.confidence";
    /** {@code assay.progress.seconds}: seconds between progress lines of long benchmarks (default 10). */
    public static final String PROGRESS_KEY = "assay.progress.seconds";

    /** {@code assay.correction}: multiplicity correction of comparisons, {@code holm} (default), {@code bonferroni}, {@code none}. */
    public static final String CORRECTION_KEY = "assay.correction";
    /** {@code assay.resources.intervalMs}: how often resource use is sampled (default 100); 0 turns sampling off. */
    public static final String RESOURCES_KEY = "assay.resources.intervalMs";
    /** {@code assay.baseline.update}: {@code true} rewrites the stored baselines of {@code @Baseline} instead of checking them. */
    public static final String BASELINE_UPDATE_KEY = "assay.baseline.update";

    /** Reads the configuration; a bad value is a configuration error naming the key and the fix. */
    public static AssayConfig read(ExtensionContext context) {
        String root = context.getConfigurationParameter(ROOT_KEY).orElse(System.getProperty(ROOT_KEY));
        Path outputDir = Path.of(context.getConfigurationParameter(OUTPUT_DIR_KEY).orElse("target/assay"));
        String runId = context.getConfigurationParameter(RUN_ID_KEY).orElse(null);
        int[] shard = context.getConfigurationParameter(SHARD_KEY).map(AssayConfig::parseShard).orElse(new int[] {1, 1});
        long seed = context.getConfigurationParameter(SEED_KEY, s -> parse(SEED_KEY, s, Long::parseLong)).orElse(42L);
        int resamples = context.getConfigurationParameter(RESAMPLES_KEY, s -> parse(RESAMPLES_KEY, s, Integer::parseInt))
                .orElse(1000);
        double confidence = context.getConfigurationParameter(CONFIDENCE_KEY,
                s -> parse(CONFIDENCE_KEY, s, Double::parseDouble)).orElse(0.95);
        if (!(confidence > 0 && confidence < 1)) {
            throw new ExtensionConfigurationException("Configuration error: " + CONFIDENCE_KEY + " is [" + confidence
                    + "]; use a level between 0 and 1 such as 0.95");
        }
        if (resamples < 0) {
            throw new ExtensionConfigurationException("Configuration error: " + RESAMPLES_KEY + " is [" + resamples
                    + "]; use 0 (no bootstrap) or more, such as 1000");
        }
        int maxCases = context.getConfigurationParameter(MAX_CASES_KEY, s -> parse(MAX_CASES_KEY, s, Integer::parseInt))
                .orElse(5_000);
        int progress = context.getConfigurationParameter(PROGRESS_KEY, s -> parse(PROGRESS_KEY, s, Integer::parseInt))
                .orElse(10);
        InvalidUtf8 invalidUtf8;
        try {
            invalidUtf8 = context.getConfigurationParameter(InvalidUtf8.KEY).map(InvalidUtf8::parse).orElse(InvalidUtf8.FAIL);
        } catch (IllegalArgumentException e) {
            throw new ExtensionConfigurationException(e.getMessage(), e);
        }
        Correction correction = context.getConfigurationParameter(CORRECTION_KEY, AssayConfig::parseCorrection)
                .orElse(Correction.HOLM);
        AttachmentEcho attachments = context.getConfigurationParameter(AttachmentEcho.KEY).map(AttachmentEcho::parse)
                .orElse(AttachmentEcho.FAILED);
        int resourceInterval = context.getConfigurationParameter(RESOURCES_KEY,
                s -> parse(RESOURCES_KEY, s, Integer::parseInt)).orElse(100);
        if (resourceInterval < 0) {
            throw new ExtensionConfigurationException("Configuration error: " + RESOURCES_KEY + " is [" + resourceInterval
                    + "]; use 0 (no sampling) or an interval in ms such as 100");
        }
        return new AssayConfig(root, outputDir, runId, shard[0], shard[1],
                new EstimatorSettings(confidence, resamples, seed, Math.max(2, maxCases)), progress, invalidUtf8, correction,
                attachments, resourceInterval);
    }

    private static Correction parseCorrection(String value) {
        try {
            return Correction.parse(value);
        } catch (IllegalArgumentException e) {
            throw new ExtensionConfigurationException("Configuration error: " + e.getMessage(), e);
        }
    }

    private static <T> T parse(String key, String value, java.util.function.Function<String, T> parser) {
        try {
            return parser.apply(value.trim());
        } catch (RuntimeException e) {
            throw new ExtensionConfigurationException("Configuration error: " + key + " is [" + value
                    + "], which is not a number", e);
        }
    }

    private static int[] parseShard(String value) {
        String[] parts = value.trim().split("/");
        try {
            int k = Integer.parseInt(parts[0]);
            int n = Integer.parseInt(parts[1]);
            if (parts.length == 2 && n >= 1 && k >= 1 && k <= n) {
                return new int[] {k, n};
            }
        } catch (RuntimeException ignored) {
            // reported below with the accepted form
        }
        throw new ExtensionConfigurationException("Configuration error: " + SHARD_KEY + " is [" + value
                + "]; write K/N with 1 <= K <= N, such as 2/8");
    }
}
