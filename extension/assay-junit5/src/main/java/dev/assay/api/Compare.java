package dev.assay.api;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.apiguardian.api.API;

/**
 * {@code @Compare} is used to ask whether a candidate model is really better than a baseline, case
 * by case: every metric gets the difference with a paired bootstrap interval, a paired test
 * (McNemar's exact test for accuracy, Wilcoxon signed-rank on errors, a paired t-test on squared
 * errors, the paired bootstrap otherwise), an effect size, a Holm-adjusted p-value and a verdict,
 * plus the smallest difference the run could have detected.
 *
 * <p>The comparison is its own test node ({@code compare › ridge vs gemma3}), run after both
 * models. It fails when the candidate is significantly worse than the baseline on a metric by more
 * than {@link #tolerance()}.
 *
 * <pre>{@code
 * @Compare(baseline = "ridge", candidate = "gemma3")
 * @Compare(baseline = "base", candidate = "fine-tuned", tolerance = 0.02)
 * }</pre>
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@Repeatable(Compares.class)
@API(status = EXPERIMENTAL, since = "0.1")
public @interface Compare {

    /** The model compared against. */
    String baseline();

    /** The model under test. */
    String candidate();

    /** How much worse (in the metric's units) the candidate may significantly be before the node fails. */
    double tolerance() default 0.0;
}
