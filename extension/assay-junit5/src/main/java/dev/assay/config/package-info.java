/**
 * Reading {@code assay.*} configuration keys that are scoped to a named resource
 * ({@link dev.assay.config.ScopedSettings}).
 */
package dev.assay.config;
