package dev.assay.llm;

import dev.assay.http.RetryAfter;
import dev.assay.secrets.SecretMasker;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodySubscribers;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;

/**
 * One attempt of one call over HTTP: builds the protocol's request, sends it, enforces the timeout
 * on the whole exchange (the JDK's request timeout covers only the headers) and measures latency and
 * time to first token. Retries, limits and recording are the layers around it.
 */
final class HttpChatClient {

    /** Sent by {@link dev.assay.testkit.StandInServer} so recordings made from it say so. */
    static final String STAND_IN_HEADER = "X-Assay-Stand-In";

    private final ProviderSpec spec;
    private final ProviderSettings settings;
    private final String apiKey;
    private final HttpClient http;
    private final WireFormat wire;

    HttpChatClient(ProviderSpec spec, ProviderSettings settings, String apiKey, HttpClient http) {
        this.spec = spec;
        this.settings = settings;
        this.apiKey = apiKey;
        this.http = http;
        this.wire = WireFormat.of(settings.protocol());
    }

    ChatResponse attempt(ChatRequest request) {
        HttpRequest httpRequest = wire.request(settings.baseUrl(), spec.model(), request, settings.stream(), apiKey)
                .timeout(settings.timeout()).build();
        long start = System.nanoTime();
        return settings.stream() ? streamed(httpRequest, start) : whole(httpRequest, start);
    }

    private ChatResponse whole(HttpRequest request, long start) {
        HttpResponse<String> response = send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        double latency = millisSince(start);
        if (response.statusCode() >= 400) {
            throw httpError(request, response.statusCode(), response.headers(), response.body());
        }
        WireFormat.Reply reply;
        try {
            reply = wire.parse(response.body());
        } catch (IOException e) {
            throw unparseable(request, e.getMessage(), response.body());
        }
        return response(reply, latency, null, response.headers());
    }

    private ChatResponse streamed(HttpRequest request, long start) {
        LineCollector lines = new LineCollector(wire.stream(), start);
        HttpResponse.BodyHandler<StreamResult> handler = info -> info.statusCode() >= 400
                ? BodySubscribers.mapping(BodySubscribers.ofString(StandardCharsets.UTF_8), StreamResult::error)
                : BodySubscribers.fromLineSubscriber(lines, LineCollector::result, StandardCharsets.UTF_8, "\n");
        HttpResponse<StreamResult> response = send(request, handler);
        double latency = millisSince(start);
        StreamResult result = response.body();
        if (response.statusCode() >= 400) {
            throw httpError(request, response.statusCode(), response.headers(), result.errorBody);
        }
        if (result.problem != null) {
            throw unparseable(request, result.problem, result.badLine);
        }
        if (!lines.reader.complete()) {
            throw new ProviderException(message(request, "the stream ended before the reply was complete (cut off)"),
                    ProviderException.Status.ERROR, 1, true, null);
        }
        return response(lines.reader.reply(), latency, lines.ttftMs, response.headers());
    }

    private ChatResponse response(WireFormat.Reply reply, double latency, Double ttft, HttpHeaders headers) {
        String origin = headers.firstValue(STAND_IN_HEADER).isPresent() ? "stand-in" : "live";
        return new ChatResponse(reply.text(), reply.model() != null ? reply.model() : spec.model(), latency, ttft,
                reply.tokensIn(), reply.tokensOut(), 1, null, reply.finishReason(), origin, false);
    }

    /**
     * Sends on the calling thread, with the timeout on the whole exchange enforced by a {@link Deadline}
     * that interrupts the caller (the JDK's {@code send} cancels the exchange when interrupted).
     * Not {@code sendAsync(...).get(timeout)}: the JDK (17) completes a {@code sendAsync} future
     * through {@code CompletableFuture}'s default executor, which on a machine with fewer than 3
     * cores (a common pool of parallelism 1) starts a new thread for every call; that thread cost
     * Assay ~0.7 ms CPU per call on 2 cores (ExternalServerBenchmark, JFR: 5,000
     * {@code jdk.ThreadStart} events from {@code CompletableFuture$ThreadPerTaskExecutor} for 5,000 calls).
     */
    private <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> handler) {
        Deadline deadline = Deadline.arm(settings.timeout());
        try {
            return http.send(request, handler);
        } catch (InterruptedException e) {
            if (deadline.disarm()) {
                throw timeout(request);
            }
            Thread.currentThread().interrupt();
            throw new ProviderException(message(request, "interrupted"), ProviderException.Status.ERROR, 1, false, e);
        } catch (HttpTimeoutException e) {
            throw timeout(request);
        } catch (IOException e) {
            // send() rethrows what failed the exchange as a new IOException around it: report the original.
            Throwable cause = e.getClass() == IOException.class && e.getCause() != null ? e.getCause() : e;
            if (cause instanceof HttpTimeoutException) {
                throw timeout(request);
            }
            if (deadline.disarm()) {
                throw timeout(request);
            }
            String what = cause instanceof IOException ? "connection failed" : "request failed";
            throw new ProviderException(message(request, what + ": " + cause), ProviderException.Status.ERROR, 1,
                    cause instanceof IOException, cause);
        } finally {
            if (deadline.disarm()) {
                // The interrupt was the deadline's own (also when it fired just after the reply was
                // complete): it is not for the caller, who gets a timeout or the reply instead.
                Thread.interrupted();
            }
        }
    }

    /**
     * Interrupts the thread that armed it when the timeout passes before {@link #disarm()}; one shared
     * daemon thread keeps every deadline. The lock makes firing and disarming exclusive, so a deadline
     * never interrupts a caller that has already moved on without knowing it.
     */
    private static final class Deadline implements Runnable {

        private static final ScheduledThreadPoolExecutor TIMER = timer();

        private final Thread caller = Thread.currentThread();
        private ScheduledFuture<?> scheduled;
        private boolean disarmed;
        private boolean fired;

        static Deadline arm(java.time.Duration timeout) {
            Deadline d = new Deadline();
            ScheduledFuture<?> f = TIMER.schedule(d, timeout.toNanos(), TimeUnit.NANOSECONDS);
            synchronized (d) {
                d.scheduled = f;
            }
            return d;
        }

        @Override
        public synchronized void run() {
            if (!disarmed) {
                fired = true;
                caller.interrupt();
            }
        }

        /** Stops the deadline (idempotent); returns whether it fired. */
        synchronized boolean disarm() {
            if (!disarmed) {
                disarmed = true;
                if (scheduled != null) {
                    scheduled.cancel(false);
                }
            }
            return fired;
        }

        private static ScheduledThreadPoolExecutor timer() {
            ScheduledThreadPoolExecutor t = new ScheduledThreadPoolExecutor(1, r -> {
                Thread thread = new Thread(r, "assay-provider-deadlines");
                thread.setDaemon(true);
                return thread;
            });
            // Almost every deadline is cancelled: remove them at once rather than keep 60 s of dead tasks queued.
            t.setRemoveOnCancelPolicy(true);
            return t;
        }
    }

    private ProviderException timeout(HttpRequest request) {
        return new ProviderException(message(request, "no complete reply within " + settings.timeout().toMillis()
                + " ms (assay.provider." + settings.name() + ".timeoutMs)"), ProviderException.Status.TIMEOUT, 1, true, null);
    }

    private ProviderException httpError(HttpRequest request, int status, HttpHeaders headers, String body) {
        long retryAfter = headers.firstValue("Retry-After").map(RetryAfter::millis).orElse(-1L);
        // Masked before errorText cuts a long body: a cut first could leave most of a key behind.
        String text = wire.errorText(body == null ? "" : SecretMasker.mask(body));
        return new ProviderHttpException(message(request, "HTTP " + status + ": "
                + (text.length() > 500 ? text.substring(0, 500) + "…" : text)),
                status, retryAfter, 1);
    }

    private ProviderException unparseable(HttpRequest request, String problem, String body) {
        // Masked before it is cut: a cut first could leave most of a key behind, unrecognisable.
        String masked = body == null ? "" : SecretMasker.mask(body);
        String shown = masked.length() > 200 ? masked.substring(0, 200) + "…" : masked;
        return new ProviderException(message(request, "reply is not the protocol's JSON (" + problem + "): [" + shown + "]"),
                ProviderException.Status.UNPARSEABLE, 1, true, null);
    }

    private String message(HttpRequest request, String what) {
        return SecretMasker.mask("[" + spec + "] " + request.method() + " " + request.uri() + ": " + what);
    }


    private static double millisSince(long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000_000.0;
    }

    /** The body of a streamed exchange: an error body, or the problem met while reading lines. */
    static final class StreamResult {
        final String errorBody;
        final String problem;
        final String badLine;

        StreamResult(String errorBody, String problem, String badLine) {
            this.errorBody = errorBody;
            this.problem = problem;
            this.badLine = badLine;
        }

        static StreamResult error(String body) {
            return new StreamResult(body, null, null);
        }
    }

    /** Reads the stream as it arrives, so the first token's time is the moment it came off the wire. */
    static final class LineCollector implements Flow.Subscriber<String> {
        final WireFormat.StreamReader reader;
        private final long start;
        volatile Double ttftMs;
        private volatile String problem;
        private volatile String badLine;

        LineCollector(WireFormat.StreamReader reader, long start) {
            this.reader = reader;
            this.start = start;
        }

        @Override
        public void onSubscribe(Flow.Subscription subscription) {
            subscription.request(Long.MAX_VALUE);
        }

        @Override
        public void onNext(String line) {
            if (problem != null) {
                return; // drain the rest: cancelling would leave the body future pending
            }
            try {
                String delta = reader.accept(line.endsWith("\r") ? line.substring(0, line.length() - 1) : line);
                if (ttftMs == null && !delta.isEmpty()) {
                    ttftMs = millisSince(start);
                }
            } catch (IOException | RuntimeException e) {
                problem = String.valueOf(e.getMessage()).split("\n")[0];
                badLine = line;
            }
        }

        @Override
        public void onError(Throwable throwable) {
            // the body future completes exceptionally with the same error
        }

        @Override
        public void onComplete() {
        }

        StreamResult result() {
            return new StreamResult(null, problem, badLine);
        }
    }
}
