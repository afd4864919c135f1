/**
 * Load scenarios after MLPerf LoadGen: the Poisson arrival schedule of the server scenario, LoadGen's
 * latency percentile, the figures and verdict of a scenario run ({@code scenario} in
 * {@code summary.json}) and the message of an {@code INVALID} one. The engine that runs scenarios is in
 * {@code dev.assay.junit}.
 */
package dev.assay.scenario;
