/** What every HTTP client of Assay shares ({@link dev.assay.http.RetryAfter}). */
package dev.assay.http;
