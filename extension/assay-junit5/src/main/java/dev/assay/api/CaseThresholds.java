package dev.assay.api;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** {@code @CaseThresholds} is the container of repeated {@link CaseThreshold @CaseThreshold}s; write those instead. */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface CaseThresholds {
    /** The case thresholds. */
    CaseThreshold[] value();
}
