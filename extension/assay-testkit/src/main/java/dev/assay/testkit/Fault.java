package dev.assay.testkit;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/**
 * {@code Fault} is used to tell the {@link StandInServer} how to fail a request, each the way real
 * providers and networks fail.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public enum Fault {
    /** HTTP 429 with {@code Retry-After} and the protocol's rate-limit error body. */
    RATE_LIMITED,
    /** HTTP 500 with the protocol's internal-error body. */
    SERVER_ERROR,
    /** HTTP 503 (overloaded) with {@code Retry-After}. */
    UNAVAILABLE,
    /** HTTP 200 whose body is not JSON. */
    MALFORMED_JSON,
    /** HTTP 200 whose body stops half way (declared length not reached, or a stream without its end). */
    CUT_OFF_BODY,
    /** The connection is closed without any reply. */
    RESET_CONNECTION,
    /** The reply comes after the server's slow delay, longer than a client's timeout. */
    SLOW
}
