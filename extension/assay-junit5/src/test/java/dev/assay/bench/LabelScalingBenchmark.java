package dev.assay.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code LabelScalingBenchmark} is used to show how the summary of a classification benchmark
 * grows with the number of labels: 5,000 cases with 10, 100 and 500 labels and 20,000 cases with
 * 2,000 labels, each run {@code runs} times (default 2) in a fresh JVM ({@code -Xmx1g}, like a CLI
 * call) by {@link SummaryBenchmark}'s {@code classification} mode, sizes interleaved so a busy
 * machine slows them alike. It prints every run and the targets: 5,000 × 500 within 1.5× the time
 * of 5,000 × 10, and 20,000 × 2,000 under 5 s and 512 MiB of heap. A main class, not a timed
 * test. Run it with the test classpath (see {@link SummaryBenchmark}):
 *
 * <pre>{@code
 * java -cp target/test-classes:target/classes:$(cat target/cp.txt) dev.assay.bench.LabelScalingBenchmark [runs]
 * }</pre>
 */
public final class LabelScalingBenchmark {

    private static final int[][] SIZES = {{5_000, 10}, {5_000, 100}, {5_000, 500}, {20_000, 2_000}};

    private LabelScalingBenchmark() {
    }

    /** Runs the benchmark; argument: runs per size (2). */
    public static void main(String[] args) throws IOException, InterruptedException {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 2;
        double[][][] results = new double[SIZES.length][runs][];
        for (int run = 0; run < runs; run++) {
            for (int size = 0; size < SIZES.length; size++) {
                results[size][run] = runOnce(SIZES[size][0], SIZES[size][1]);
                System.out.printf(Locale.ROOT, "%,6d cases x %,5d labels: %6.2f s wall, %6.2f s CPU, peak heap %4.0f MiB%n",
                        SIZES[size][0], SIZES[size][1], results[size][run][0], results[size][run][1],
                        results[size][run][2]);
            }
        }
        for (int run = 0; run < runs; run++) {
            double ratio = results[2][run][0] / results[0][run][0];
            double[] large = results[3][run];
            System.out.printf(Locale.ROOT, "run %d: 5,000 x 500 / 5,000 x 10 = %.2fx wall, %.2fx CPU (target <= 1.5x); "
                    + "20,000 x 2,000: %.2f s (target < 5 s), %.0f MiB (target < 512 MiB)%n", run + 1, ratio,
                    results[2][run][1] / results[0][run][1], large[0], large[2]);
        }
    }

    /** Wall seconds, CPU seconds and peak heap MiB of one summary, in a JVM of its own. */
    private static double[] runOnce(int cases, int labels) throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-Xmx1g", "-cp", System.getProperty("java.class.path"),
                SummaryBenchmark.class.getName(), "classification", Integer.toString(cases), Integer.toString(labels)));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        double[] result = null;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                if (line.startsWith(SummaryBenchmark.RESULT + " ")) {
                    String[] parts = line.split(" ");
                    result = new double[] {Double.parseDouble(parts[1]), Double.parseDouble(parts[2]),
                            Double.parseDouble(parts[3])};
                }
            }
        }
        if (process.waitFor() != 0 || result == null) {
            throw new IllegalStateException("the run of " + cases + " x " + labels + " failed: " + command);
        }
        return result;
    }
}
