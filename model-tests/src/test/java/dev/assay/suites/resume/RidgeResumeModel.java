package dev.assay.suites.resume;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.CholeskyDecomposition;
import org.apache.commons.math3.linear.MatrixUtils;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.linear.RealVector;

/**
 * {@code RidgeResumeModel} is used as the trained baseline: ridge regression from the
 * {@link ResumeFeatures} of a resume and job description to a 0–100 score.
 *
 * <p>It is fitted on {@code fixtures/datasets/resume-training.jsonl} only — 30 graded pairs with
 * other people and other jobs than the benchmark's cases — so the benchmark measures how it
 * generalises, not how well it remembers.
 *
 * <p>The fit standardises each feature (mean 0, standard deviation 1, from the training set) so
 * one penalty treats them alike whatever their units, and centres the target so the intercept is
 * the mean score and is not shrunk; then it solves {@code (ZᵀZ + λI) β = Zᵀ(y − ȳ)} by Cholesky
 * decomposition (the matrix is symmetric positive definite for any {@code λ > 0}). The penalty
 * {@code λ} is chosen from {@link #LAMBDAS} by leave-one-out cross-validation on the training set,
 * refitting the standardisation in every fold so the held-out pair never leaks into it. With 30
 * pairs, leave-one-out is cheap (30 × 9 fits of a 4 × 4 system) and wastes no data.
 *
 * <pre>{@code
 * RidgeResumeModel model = RidgeResumeModel.fit(Path.of("fixtures/datasets/resume-training.jsonl"));
 * double score = model.predict(resume, jobDescription); // 0..100
 * }</pre>
 */
final class RidgeResumeModel {

    /** Candidate penalties, a log-spaced grid wide enough to reach both near-OLS and near-constant. */
    static final double[] LAMBDAS = {0.01, 0.03, 0.1, 0.3, 1, 3, 10, 30, 100};

    private final Ridge ridge;
    private final double lambda;
    private final double looRmse;

    private RidgeResumeModel(Ridge ridge, double lambda, double looRmse) {
        this.ridge = ridge;
        this.lambda = lambda;
        this.looRmse = looRmse;
    }

    /**
     * Fits the model on a JSONL file of graded pairs ({@code resume}, {@code job_description},
     * {@code expected}), choosing {@code λ} by leave-one-out cross-validation.
     */
    static RidgeResumeModel fit(Path trainingJsonl) {
        return fit(readJsonl(trainingJsonl), trainingJsonl);
    }

    /** Fits the model on graded pairs read from {@code source} (for messages), choosing {@code λ} by leave-one-out. */
    static RidgeResumeModel fit(List<JsonNode> rows, Path trainingJsonl) {
        double[][] x = new double[rows.size()][];
        double[] y = new double[rows.size()];
        for (int i = 0; i < rows.size(); i++) {
            JsonNode row = rows.get(i);
            x[i] = ResumeFeatures.of(text(row, "resume", trainingJsonl, i), text(row, "job_description", trainingJsonl, i))
                    .vector();
            y[i] = row.path("expected").asDouble(Double.NaN);
            if (Double.isNaN(y[i])) {
                throw new IllegalArgumentException(trainingJsonl + ":" + (i + 1) + " has no numeric [expected] score");
            }
        }
        double bestLambda = LAMBDAS[0];
        double bestMse = Double.POSITIVE_INFINITY;
        for (double lambda : LAMBDAS) {
            double mse = leaveOneOutMse(x, y, lambda);
            // Strictly better only: on a tie the smaller penalty, the less biased fit, stays.
            if (mse < bestMse) {
                bestMse = mse;
                bestLambda = lambda;
            }
        }
        return new RidgeResumeModel(Ridge.fit(x, y, bestLambda), bestLambda, Math.sqrt(bestMse));
    }

    /** The predicted score of a graded pair as read from the training file. */
    double predict(JsonNode row) {
        return predict(row.path("resume").asText(), row.path("job_description").asText());
    }

    /** The predicted score, clamped to the 0–100 scale that graders use. */
    double predict(String resume, String jobDescription) {
        double score = ridge.predict(ResumeFeatures.of(resume, jobDescription).vector());
        return Math.max(0, Math.min(100, score));
    }

    /** The penalty that cross-validation chose. */
    double lambda() {
        return lambda;
    }

    /** The leave-one-out root mean squared error at the chosen penalty, in score points. */
    double looRmse() {
        return looRmse;
    }

    /** The fitted weight of each feature per standard deviation, in {@link ResumeFeatures#NAMES} order. */
    double[] coefficients() {
        return ridge.beta.clone();
    }

    @Override
    public String toString() {
        return "RidgeResumeModel[lambda=" + lambda + ", looRmse=" + String.format("%.2f", looRmse) + ", intercept="
                + String.format("%.2f", ridge.intercept) + ", beta " + ResumeFeatures.NAMES + "="
                + Arrays.toString(Arrays.stream(ridge.beta).map(b -> Math.round(b * 100) / 100.0).toArray()) + "]";
    }

    private static double leaveOneOutMse(double[][] x, double[] y, double lambda) {
        int n = y.length;
        double sum = 0;
        for (int held = 0; held < n; held++) {
            double[][] xs = new double[n - 1][];
            double[] ys = new double[n - 1];
            for (int i = 0, j = 0; i < n; i++) {
                if (i != held) {
                    xs[j] = x[i];
                    ys[j++] = y[i];
                }
            }
            double error = Ridge.fit(xs, ys, lambda).predict(x[held]) - y[held];
            sum += error * error;
        }
        return sum / n;
    }

    static List<JsonNode> readJsonl(Path file) {
        ObjectMapper json = new ObjectMapper();
        List<JsonNode> rows = new ArrayList<>();
        try (BufferedReader in = Files.newBufferedReader(file)) {
            String line;
            while ((line = in.readLine()) != null) {
                if (!line.isBlank()) {
                    rows.add(json.readTree(line));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read training pairs from [" + file + "]", e);
        }
        return rows;
    }

    private static String text(JsonNode row, String field, Path file, int index) {
        JsonNode value = row.get(field);
        if (value == null || !value.isTextual()) {
            throw new IllegalArgumentException(file + ":" + (index + 1) + " has no text field [" + field + "]");
        }
        return value.asText();
    }

    /**
     * A fitted ridge regression in original feature units: {@code ŷ = intercept + Σ β_j (x_j − μ_j) / σ_j}.
     */
    private record Ridge(double[] means, double[] scales, double[] beta, double intercept) {

        static Ridge fit(double[][] x, double[] y, double lambda) {
            int n = x.length;
            int p = x[0].length;
            double[] means = new double[p];
            double[] scales = new double[p];
            for (int j = 0; j < p; j++) {
                for (double[] row : x) {
                    means[j] += row[j] / n;
                }
                double ss = 0;
                for (double[] row : x) {
                    ss += (row[j] - means[j]) * (row[j] - means[j]);
                }
                double sd = Math.sqrt(ss / n);
                // A feature constant over the training set carries no information; scale 1 keeps
                // its standardised column at zero instead of dividing by zero.
                scales[j] = sd > 0 ? sd : 1;
            }
            double meanY = Arrays.stream(y).average().orElseThrow();
            RealMatrix z = new Array2DRowRealMatrix(n, p);
            RealVector centredY = new ArrayRealVector(n);
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < p; j++) {
                    z.setEntry(i, j, (x[i][j] - means[j]) / scales[j]);
                }
                centredY.setEntry(i, y[i] - meanY);
            }
            RealMatrix zt = z.transpose();
            RealMatrix gram = zt.multiply(z).add(MatrixUtils.createRealIdentityMatrix(p).scalarMultiply(lambda));
            RealVector beta = new CholeskyDecomposition(gram).getSolver().solve(zt.operate(centredY));
            return new Ridge(means, scales, beta.toArray(), meanY);
        }

        double predict(double[] x) {
            double score = intercept;
            for (int j = 0; j < beta.length; j++) {
                score += beta[j] * (x[j] - means[j]) / scales[j];
            }
            return score;
        }
    }
}
