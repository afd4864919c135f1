package dev.assay.stats;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.util.function.BiConsumer;
import java.util.function.ToDoubleFunction;
import org.apache.commons.math3.distribution.ChiSquaredDistribution;
import org.apache.commons.math3.exception.TooManyEvaluationsException;
import org.apache.commons.math3.optim.InitialGuess;
import org.apache.commons.math3.optim.MaxEval;
import org.apache.commons.math3.optim.PointValuePair;
import org.apache.commons.math3.optim.SimpleValueChecker;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;
import org.apache.commons.math3.optim.nonlinear.scalar.ObjectiveFunction;
import org.apache.commons.math3.optim.nonlinear.scalar.ObjectiveFunctionGradient;
import org.apache.commons.math3.optim.nonlinear.scalar.gradient.NonLinearConjugateGradientOptimizer;
import org.apache.commons.math3.optim.nonlinear.scalar.gradient.Preconditioner;
import org.apiguardian.api.API;

/**
 * {@code ProfileLikelihood} is used to put a confidence interval on a smooth function of the cell
 * probabilities of a multinomial (a confusion matrix's macro F1, say) by inverting the likelihood
 * ratio test: the interval is every value {@code f(p)} of a probability vector {@code p} whose
 * log-likelihood is within {@code χ²₁(confidence) / 2} of the maximum (Venzon &amp; Moolgavkar
 * 1988; Pawitan, <i>In All Likelihood</i>, ch. 3).
 *
 * <pre>{@code
 * MultinomialMetric f1 = MacroAverage.F1.bind(expectedCodes, predictedCodes, 3);
 * double[] counts = f1.cellCounts();   // the 3-by-3 confusion matrix, row by row
 * Interval ci = ProfileLikelihood.interval(counts, Functional.of(f1::valueAt, f1::gradientAt), 0.95,
 *         ProfileLikelihood.perks(counts.length));
 * }</pre>
 *
 * <p>Why not the bootstrap for such a function: a cell the sample never filled (a rare class
 * the model never got right) is 0 in every resample, so every resample agrees on that class's
 * F1 of 0 and the bootstrap interval is narrow around a value a sixth too low. The likelihood
 * still allows that cell a probability the data cannot rule out (about {@code 1.92 / n}), so the
 * profile interval reaches the values the data are compatible with; a small Dirichlet penalty
 * ({@link #perks(int)}) keeps it from treating an empty cell as surely near 0. Measured in
 * {@code IntervalCoverageBenchmark}: 95% intervals of {@code f1_macro} over 30 cases with a class
 * at 10% covered 0.864 with BCa, 0.924 with the plain profile likelihood and 0.943 with Perks'
 * penalty (5,000 datasets each; see docs/statistics.md).
 *
 * <p>How: each bound maximises {@code ±f(p)} subject to {@code ℓ(p) ≥ ℓ(p̃) − χ²/2}. For a
 * multiplier {@code t ≥ 0} the Lagrangian {@code ℓ(p) ± t f(p)} is maximised over the simplex
 * (softmax parameters, commons-math's Polak–Ribière conjugate gradient, each time from the
 * penalised MLE with half a case added to every cell, so no cell starts at 0); {@code ℓ} at that
 * optimum falls as {@code t} grows, and {@code t} is found by regula falsi until the optimum sits on the
 * boundary. Every bound is taken from a feasible point, so the interval never reaches past what the
 * likelihood allows. The interval is then widened, if need be, to hold the sample value.
 */
@API(status = INTERNAL, since = "0.1")
public final class ProfileLikelihood {

    /** Steps on the multiplier once it is bracketed. */
    private static final int MAX_STEPS = 60;
    /** Multipliers tried while bracketing grow by this factor, from 1, up to {@link #MAX_MULTIPLIER}. */
    private static final double GROWTH = 4;
    private static final double MAX_MULTIPLIER = 1e9;
    /**
     * Stop once the feasible end is this close to the boundary, in log-likelihood (χ²/2 is 1.92 at
     * 95%): the bound then sits where {@code 2 Δℓ} is within 0.0002 of the critical value.
     */
    private static final double SLACK_TOLERANCE = 1e-4;
    private static final int MAX_EVALUATIONS = 200_000;
    /** The line search's relative and absolute tolerances (commons-math's defaults). */
    private static final double LINE_SEARCH_TOLERANCE = 1e-8;
    /** The first line-search bracket, in preconditioned steps. */
    private static final double INITIAL_STEP = 1;

    private ProfileLikelihood() {
    }

    /**
     * A smooth function of a probability vector, with its gradient (used by the optimiser). The
     * vector holds non-negative values summing to 1 (zeros only at the sample's own shares, where the
     * value is asked for); the function must be finite there. A NaN value never becomes a bound.
     */
    public interface Functional {

        /** The function at {@code p}. */
        double value(double[] p);

        /** Writes ∂f/∂p_k into {@code out[k]} for every cell. */
        void gradient(double[] p, double[] out);

        /** A functional from a value and a gradient function (method references, typically). */
        static Functional of(ToDoubleFunction<double[]> value, BiConsumer<double[], double[]> gradient) {
            return new Functional() {
                @Override
                public double value(double[] p) {
                    return value.applyAsDouble(p);
                }

                @Override
                public void gradient(double[] p, double[] out) {
                    gradient.accept(p, out);
                }
            };
        }
    }

    /**
     * Perks' prior for {@code cells} cells: one pseudo-case spread evenly over them, {@code 1 / cells}
     * each (Perks 1947). The smallest of the usual Dirichlet priors: enough to give a cell the
     * sample never filled a likelihood that is not flat at 0, and its weight in all does not grow with
     * the number of cells, where Jeffreys' (1/2 each) and Laplace's (1 each) pull a confusion matrix
     * of many labels towards chance.
     */
    public static double perks(int cells) {
        return 1.0 / cells;
    }

    /**
     * The profile-likelihood interval of {@code f} given multinomial {@code counts}, the likelihood
     * penalised by a symmetric Dirichlet prior of {@code pseudoCount} per cell (0 for the plain
     * likelihood): every {@code f(p)} with {@code 2 (ℓ(p̃) − ℓ(p)) ≤ χ²₁(confidence)}, where
     * {@code ℓ(p) = Σ (c_k + pseudoCount) log p_k} and {@code p̃} maximises it. Penalising with a
     * Dirichlet prior is Firth's remedy for cells the sample left empty (Heinze &amp; Schemper 2002
     * profile the penalised likelihood the same way for logistic regression).
     *
     * @param counts the count of each cell, non-negative, at least one positive
     * @param f the function of the cell probabilities
     * @param confidence for example 0.95
     * @param pseudoCount the prior's count per cell, {@code >= 0}; see {@link #perks(int)}
     * @return the interval, method {@link Interval#PROFILE_LIKELIHOOD}; it always contains the sample
     *     value {@code f(counts / n)}
     * @throws IllegalArgumentException when a count is negative or all are 0, the pseudo-count is
     *     negative, or {@code confidence} is outside (0, 1)
     */
    public static Interval interval(double[] counts, Functional f, double confidence, double pseudoCount) {
        Checks.confidence(confidence);
        if (!(pseudoCount >= 0) || Double.isInfinite(pseudoCount)) {
            throw new IllegalArgumentException("the pseudo-count must be finite and non-negative, got ["
                    + pseudoCount + "]");
        }
        double n = 0;
        for (double c : counts) {
            if (!(c >= 0) || Double.isInfinite(c)) {
                throw new IllegalArgumentException("cell counts must be finite and non-negative, got [" + c + "]");
            }
            n += c;
        }
        if (n == 0) {
            throw new IllegalArgumentException("cell counts are all 0; a likelihood needs at least one case");
        }
        double[] shares = new double[counts.length];
        double[] penalised = new double[counts.length];
        for (int k = 0; k < counts.length; k++) {
            shares[k] = counts[k] / n;
            penalised[k] = counts[k] + pseudoCount;
        }
        double estimate = f.value(shares);
        double chiSquare = new ChiSquaredDistribution(null, 1).inverseCumulativeProbability(confidence);
        Profile profile = new Profile(penalised, f, chiSquare / 2);
        double low = Math.min(estimate, -profile.bound(-1));
        double high = Math.max(estimate, profile.bound(1));
        return new Interval(low, high, Interval.PROFILE_LIKELIHOOD);
    }

    private static double logLikelihood(double[] counts, double[] p) {
        double sum = 0;
        for (int k = 0; k < counts.length; k++) {
            if (counts[k] > 0) {
                sum += counts[k] * Math.log(p[k]);
            }
        }
        return sum;
    }

    /** One search for the extreme of {@code sign · f} inside the likelihood region. */
    private static final class Profile {

        private final double[] counts;
        private final double n;
        private final Functional f;
        /** The maximum of the likelihood: the counts' shares. */
        private final double[] mle;
        private final double depth;
        private final double boundary;

        /** {@code counts} as the likelihood sees them (prior included); the region's depth {@code χ²/2}. */
        Profile(double[] counts, Functional f, double depth) {
            this.counts = counts;
            double sum = 0;
            for (double c : counts) {
                sum += c;
            }
            this.n = sum;
            this.f = f;
            this.mle = new double[counts.length];
            for (int k = 0; k < counts.length; k++) {
                mle[k] = counts[k] / sum;
            }
            this.depth = depth;
            this.boundary = logLikelihood(counts, mle) - depth;
        }

        /** The largest {@code sign · f(p)} over feasible {@code p}. */
        double bound(int sign) {
            double[] x = new double[counts.length];
            for (int k = 0; k < counts.length; k++) {
                // Half a case in every cell keeps the start inside the simplex; the MLE has zeros.
                x[k] = Math.log((counts[k] + 0.5) / (n + 0.5 * counts.length));
            }
            // Multiplier 0 is the MLE itself: feasible, with the point estimate; its slack is the depth.
            double tLow = 0;
            double slackLow = depth;
            double vLow = sign * f.value(mle);
            double tHigh = 1;
            double slackHigh;
            while (true) {
                double[] p = softmax(maximise(sign * tHigh, x));
                double slack = logLikelihood(counts, p) - boundary;
                if (!(slack >= 0)) {
                    // Outside the region, or not a number (a cell with cases driven to 0): either way not feasible.
                    slackHigh = slack;
                    break;
                }
                tLow = tHigh;
                slackLow = slack;
                vLow = feasibleMax(vLow, sign * f.value(p));
                if (tHigh >= MAX_MULTIPLIER) {
                    // The whole reachable range of f lies inside the region.
                    return vLow;
                }
                tHigh *= GROWTH;
            }
            // The slack falls smoothly as t grows: regula falsi on the bracket, Illinois variant (the end
            // that stays put twice has its weight halved, so the bracket shrinks from both sides).
            double weightLow = slackLow;
            double weightHigh = slackHigh;
            int kept = 0;
            for (int i = 0; i < MAX_STEPS && slackLow > SLACK_TOLERANCE && tHigh - tLow > 1e-12 * tHigh; i++) {
                // Where the far end's slack is infinite or NaN the secant says nothing: bisect instead.
                double t = Double.isFinite(weightHigh) && Double.isFinite(weightLow)
                        ? tLow + (tHigh - tLow) * weightLow / (weightLow - weightHigh)
                        : (tLow + tHigh) / 2;
                double[] p = softmax(maximise(sign * t, x));
                double slack = logLikelihood(counts, p) - boundary;
                if (slack >= 0) {
                    tLow = t;
                    slackLow = slack;
                    weightLow = slack;
                    vLow = feasibleMax(vLow, sign * f.value(p));
                    weightHigh = kept == 1 ? weightHigh / 2 : weightHigh;
                    kept = 1;
                } else {
                    tHigh = t;
                    weightHigh = slack;
                    weightLow = kept == -1 ? weightLow / 2 : weightLow;
                    kept = -1;
                }
            }
            return vLow;
        }

        /** The better of two values of {@code sign · f}, ignoring one that is not a number. */
        private static double feasibleMax(double best, double value) {
            return Double.isNaN(value) ? best : Math.max(best, value);
        }

        /** Maximises {@code logL(p) + t f(p)} over softmax parameters, from {@code x0}. */
        private double[] maximise(double t, double[] x0) {
            double[] gradF = new double[counts.length];
            ObjectiveFunction objective = new ObjectiveFunction(theta -> {
                double[] p = softmax(theta);
                return logLikelihood(counts, p) + t * f.value(p);
            });
            ObjectiveFunctionGradient gradient = new ObjectiveFunctionGradient(theta -> {
                double[] p = softmax(theta);
                f.gradient(p, gradF);
                double weighted = 0;
                for (int k = 0; k < p.length; k++) {
                    weighted += p[k] * gradF[k];
                }
                // d/dθ_j of Σ c_k log p_k + t f(p), with p = softmax(θ).
                double[] out = new double[p.length];
                for (int j = 0; j < p.length; j++) {
                    out[j] = counts[j] - n * p[j] + t * p[j] * (gradF[j] - weighted);
                }
                return out;
            });
            // Preconditioned by the log-likelihood's curvature in θ (about n p_k per cell, as Fisher
            // scoring would), so a step of about 1 is the natural size and the first line-search
            // bracket can start there instead of commons-math's default 1e-8.
            Preconditioner curvature = (theta, residual) -> {
                double[] p = softmax(theta);
                double[] out = new double[residual.length];
                for (int k = 0; k < out.length; k++) {
                    out[k] = residual[k] / (n * p[k] + 1);
                }
                return out;
            };
            NonLinearConjugateGradientOptimizer optimizer = new NonLinearConjugateGradientOptimizer(
                    NonLinearConjugateGradientOptimizer.Formula.POLAK_RIBIERE, new SimpleValueChecker(1e-12, 1e-12),
                    LINE_SEARCH_TOLERANCE, LINE_SEARCH_TOLERANCE, INITIAL_STEP, curvature);
            try {
                PointValuePair result = optimizer.optimize(new MaxEval(MAX_EVALUATIONS), objective, gradient,
                        GoalType.MAXIMIZE, new InitialGuess(x0));
                return result.getPoint();
            } catch (TooManyEvaluationsException e) {
                // Not converged: keep the start, a point already known; the search treats it as it is.
                return x0;
            }
        }
    }

    static double[] softmax(double[] theta) {
        double max = Double.NEGATIVE_INFINITY;
        for (double v : theta) {
            max = Math.max(max, v);
        }
        double[] p = new double[theta.length];
        double sum = 0;
        for (int k = 0; k < theta.length; k++) {
            p[k] = Math.exp(theta[k] - max);
            sum += p[k];
        }
        for (int k = 0; k < theta.length; k++) {
            p[k] /= sum;
        }
        return p;
    }
}
