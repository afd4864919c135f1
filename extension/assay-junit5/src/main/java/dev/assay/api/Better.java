package dev.assay.api;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/**
 * {@code Better} is used to say which way a recorded score improves, so comparisons, baselines and
 * the leaderboard call the cheaper or faster model the better one.
 *
 * <pre>{@code
 * out.score("helpfulness", judge.score(reply));          // higher is better (the default)
 * out.score("cost_usd", 0.0021, Better.LOWER);            // lower is better
 * }</pre>
 *
 * <p>Without one, a score is higher-is-better unless its name says otherwise: names with a part
 * {@code cost}, {@code latency}, {@code error(s)}, {@code loss} or {@code failures}
 * ({@code cost_usd}, {@code parse_errors}) and the names of lower-is-better metrics ({@code wer}).
 */
@API(status = EXPERIMENTAL, since = "0.1")
public enum Better {
    /** Larger values are better (a judge's score, a pass rate). */
    HIGHER,
    /** Smaller values are better (a cost, a latency, an error count). */
    LOWER
}
