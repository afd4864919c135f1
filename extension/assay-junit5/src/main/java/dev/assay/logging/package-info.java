/**
 * Keeps the logging of the libraries Assay uses out of users' build output (see
 * {@link dev.assay.logging.QuietLogging}).
 */
package dev.assay.logging;
