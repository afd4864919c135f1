package dev.assay.resources;

/**
 * One reading of the process's resources.
 *
 * @param nanos when it was taken ({@link System#nanoTime()})
 * @param cpuPercent the process's CPU use since the previous reading, in percent of one core (200 = two busy cores)
 * @param heapUsedBytes heap in use
 * @param rssBytes resident set size, or -1 where the platform does not say ({@code /proc/self/status} on Linux)
 * @param gcMillis garbage-collection time since the JVM started, all collectors
 * @param threads live threads
 */
record ResourceSample(long nanos, double cpuPercent, long heapUsedBytes, long rssBytes, long gcMillis, int threads) {
}
