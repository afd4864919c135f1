package dev.assay.llm;

import java.util.concurrent.Semaphore;

/**
 * The limits shared by every client of one provider (one per provider name, in the root store): a
 * cap on requests in flight and request and token rates per minute. Shared so two models on the
 * same account do not together exceed its quota.
 */
final class ProviderLimits {

    private final Semaphore inFlight;
    private final RateLimiter requests;
    private final RateLimiter tokens;

    ProviderLimits(ProviderSettings settings) {
        this.inFlight = new Semaphore(settings.maxConcurrent(), true);
        this.requests = settings.requestsPerMinute() > 0 ? new RateLimiter(settings.requestsPerMinute()) : null;
        this.tokens = settings.tokensPerMinute() > 0 ? new RateLimiter(settings.tokensPerMinute()) : null;
    }

    /** Waits for a slot and the rate budget; the caller must {@link #release()} after the attempt. */
    void acquire(int estimatedTokens) throws InterruptedException {
        if (requests != null) {
            requests.acquire(1);
        }
        if (tokens != null) {
            tokens.acquire(estimatedTokens);
        }
        inFlight.acquire();
    }

    void release() {
        inFlight.release();
    }

    /** Corrects the token budget once the real usage is known. */
    void used(int estimatedTokens, Integer tokensIn, Integer tokensOut) {
        if (tokens != null && (tokensIn != null || tokensOut != null)) {
            int actual = (tokensIn == null ? 0 : tokensIn) + (tokensOut == null ? 0 : tokensOut);
            tokens.adjust(actual - estimatedTokens);
        }
    }

    /** A rough token count before the call (4 characters a token, plus the output allowance). */
    static int estimate(ChatRequest request) {
        int chars = request.options().system() == null ? 0 : request.options().system().length();
        for (ChatMessage m : request.messages()) {
            chars += m.content().length();
        }
        Integer max = request.options().maxTokens();
        return chars / 4 + (max != null ? max : 256);
    }
}
