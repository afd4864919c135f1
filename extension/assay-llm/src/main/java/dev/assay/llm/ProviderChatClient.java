package dev.assay.llm;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.assay.api.CurrentCase;
import dev.assay.secrets.SecretMasker;
import java.util.function.Supplier;

/**
 * The client a benchmark receives: applies the {@link Provider @Provider} defaults, then answers
 * from the recording or the provider as the mode says, recording what the provider answered.
 */
final class ProviderChatClient implements ChatClient {

    private final ProviderSpec spec;
    private final ProviderSettings settings;
    private final ChatOptions defaults;
    private final ProviderMode mode;
    private final Recording recording;
    private final ProviderConnection live;
    private final Supplier<RuntimeException> noLive;

    /**
     * @param live   the connection, or {@code null} when it cannot be used (no key): then {@code noLive}
     *               says why, as the exception a call that needs the provider throws
     */
    ProviderChatClient(ProviderSpec spec, ProviderSettings settings, ChatOptions defaults, ProviderMode mode, Recording recording,
                       ProviderConnection live, Supplier<RuntimeException> noLive) {
        this.spec = spec;
        this.settings = settings;
        this.defaults = defaults;
        this.mode = mode;
        this.recording = recording;
        this.live = live;
        this.noLive = noLive;
    }

    @Override
    public ChatResponse chat(ChatRequest request) {
        ChatRequest effective = request.withOptions(request.options().orElse(defaults));
        if (mode == ProviderMode.LIVE) {
            return callLive(effective);
        }
        ObjectNode normalised = Recording.normalise(spec, effective);
        String key = Recording.key(normalised);
        // Inside a benchmark method's call, a request is keyed by its place (case, round, call), so a
        // parallel run replays what a sequential one does; elsewhere (warmups) by its order.
        Recording.Place place = CurrentCase.get().map(slot -> recording.nextPlace(key, slot)).orElse(null);
        int occurrence = place == null ? recording.nextOccurrence(key) : -1;
        if (mode != ProviderMode.RECORD) {
            ObjectNode hit = place != null ? recording.find(place) : recording.find(key, occurrence);
            if (hit != null) {
                return Recording.replay(hit, settings);
            }
            if (mode == ProviderMode.REPLAY) {
                String where = place != null ? "case " + place.caseId() + ", round " + place.round() + ", call " + place.call()
                        : "occurrence " + occurrence;
                throw new ReplayMissException(SecretMasker.mask("[" + spec + "] replay miss: request " + key + " (" + where
                        + ") is not in recording [" + recording.file() + "]; record it with "
                        + "-Dassay.provider.mode=record (or auto). The request that missed: " + normalised));
            }
        }
        ChatResponse r = callLive(effective);
        if (place != null) {
            recording.put(place, normalised, r);
        } else {
            recording.put(key, occurrence, normalised, r);
        }
        return r;
    }

    private ChatResponse callLive(ChatRequest request) {
        if (live == null) {
            throw noLive.get();
        }
        return live.chat(request);
    }

    @Override
    public ProviderSpec spec() {
        return spec;
    }
}
