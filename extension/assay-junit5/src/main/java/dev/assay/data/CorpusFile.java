package dev.assay.data;

import static org.apiguardian.api.API.Status.INTERNAL;

import dev.assay.api.Corpus;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.apiguardian.api.API;

/**
 * {@code CorpusFile} is the {@link Corpus} a {@code @Ranking} benchmark declares, as read by
 * {@link CorpusLoader}: documents by id in file order, and the values cases built from them.
 *
 * <p>Closing it closes every {@link AutoCloseable} value built from it; the benchmark class's store does
 * that when the class finishes.
 */
@API(status = INTERNAL, since = "0.1")
public final class CorpusFile implements Corpus, AutoCloseable {

    private final String location;
    private final Map<String, Map<String, Object>> documents;
    private final List<String> ids;
    private final Map<String, Built> built = new ConcurrentHashMap<>();

    CorpusFile(String location, Map<String, Map<String, Object>> documents) {
        this.location = location;
        this.documents = Collections.unmodifiableMap(documents);
        this.ids = List.copyOf(documents.keySet());
    }

    @Override
    public int size() {
        return ids.size();
    }

    @Override
    public List<String> ids() {
        return ids;
    }

    @Override
    public boolean contains(String id) {
        return documents.containsKey(id);
    }

    @Override
    public Map<String, Object> document(String id) {
        Map<String, Object> document = documents.get(id);
        if (document == null) {
            throw new IllegalArgumentException("corpus [" + location + "] has no document with the id [" + id + "]");
        }
        return document;
    }

    @Override
    public String text(String id) {
        Map<String, Object> document = document(id);
        Object text = document.get("text");
        if (text == null) {
            throw new IllegalArgumentException("document [" + id + "] of corpus [" + location + "] has no [text] field; "
                    + "its fields are " + document.keySet() + "; read another with document(id).get(name)");
        }
        return text instanceof String s ? s : String.valueOf(text);
    }

    @Override
    public List<String> texts() {
        List<String> texts = new ArrayList<>(ids.size());
        for (String id : ids) {
            texts.add(text(id));
        }
        return texts;
    }

    @Override
    public <T> T getOrCompute(String key, Function<? super Corpus, ? extends T> build) {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(build, "build");
        // One holder per key, built under its own lock: a build may ask for another key without deadlock.
        @SuppressWarnings("unchecked")
        T value = (T) built.computeIfAbsent(key, k -> new Built()).get(this, build);
        return value;
    }

    @Override
    public String location() {
        return location;
    }

    /** Closes every built value that is {@link AutoCloseable}, keeping the first failure and its siblings. */
    @Override
    public void close() throws Exception {
        Exception failure = null;
        for (Built b : built.values()) {
            Object value = b.value;
            if (value instanceof AutoCloseable closeable) {
                try {
                    closeable.close();
                } catch (Exception e) {
                    if (failure == null) {
                        failure = e;
                    } else {
                        failure.addSuppressed(e);
                    }
                }
            }
        }
        built.clear();
        if (failure != null) {
            throw failure;
        }
    }

    @Override
    public String toString() {
        return location + " (" + size() + " documents)";
    }

    /** The documents as read, for checks: id to fields. */
    Map<String, Map<String, Object>> documents() {
        return new LinkedHashMap<>(documents);
    }

    private static final class Built {
        private volatile Object value;
        private boolean done;

        synchronized Object get(Corpus corpus, Function<? super Corpus, ?> build) {
            if (!done) {
                value = build.apply(corpus);
                done = true;
            }
            return value;
        }
    }
}
