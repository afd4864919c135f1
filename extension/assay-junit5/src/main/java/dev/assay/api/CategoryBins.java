package dev.assay.api;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.apiguardian.api.API;

/**
 * {@code @CategoryBins} is used to score a regression benchmark's numbers also as categories: each
 * expected and predicted value falls in a bin, and every classification metric is reported over
 * the bins with a {@code category_} prefix ({@code category_accuracy}, {@code category_f1_macro}).
 *
 * <p>{@link #edges()} are the lower bounds of every bin but the first, ascending; a value equal to an
 * edge falls in the upper bin. There is one more label than edges.
 *
 * <pre>{@code
 * // below 40 Poor, 40 to below 65 Fair, 65 to below 85 Good, 85 and above Excellent
 * @CategoryBins(edges = {40, 65, 85}, labels = {"Poor", "Fair", "Good", "Excellent"})
 * }</pre>
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@API(status = EXPERIMENTAL, since = "0.1")
public @interface CategoryBins {

    /** Ascending bin edges. */
    double[] edges();

    /** Bin labels, one more than edges, lowest bin first. */
    String[] labels();
}
