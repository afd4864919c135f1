package dev.assay.report.contract;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * {@code SchemaCompatibility} checks that one JSON schema keeps every promise of another: a copy of
 * a contract may add fields and accept more, never drop a field or accept less. It is how the
 * project proves that the schemas shipped in its jar still keep the published contracts.
 *
 * <p>Walked together, object by object, the newer schema must: declare every property the older
 * one declares; require nothing the older one does not; allow every type and enum value the older
 * one allows; and not add {@code additionalProperties: false} where the older one allowed extra
 * fields. Keywords it does not know are compared for equality.
 *
 * <pre>{@code
 * List<String> lost = SchemaCompatibility.problems(published, shipped);   // empty: compatible
 * }</pre>
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class SchemaCompatibility {

    private static final Set<String> OBJECT_KEYWORDS = Set.of("properties", "required", "type", "enum",
            "additionalProperties", "items", "$defs", "definitions", "description", "title", "$schema", "$id",
            "anyOf", "oneOf", "examples", "default", "$comment");

    private SchemaCompatibility() {
    }

    /** What {@code newer} no longer promises that {@code older} did; empty when it keeps every promise. */
    public static List<String> problems(JsonNode older, JsonNode newer) {
        List<String> problems = new ArrayList<>();
        compare("", older, newer, problems);
        return problems;
    }

    private static void compare(String path, JsonNode older, JsonNode newer, List<String> problems) {
        String where = path.isEmpty() ? "<root>" : path;
        if (newer == null || newer.isMissingNode()) {
            problems.add(where + ": dropped");
            return;
        }
        if (!older.isObject() || !newer.isObject()) {
            if (!older.equals(newer)) {
                problems.add(where + ": was " + older + ", now " + newer);
            }
            return;
        }
        Set<String> olderTypes = types(older);
        Set<String> newerTypes = types(newer);
        if (!newerTypes.isEmpty() && (olderTypes.isEmpty() || !covers(newerTypes, olderTypes))) {
            problems.add(where + ": allowed the types " + (olderTypes.isEmpty() ? "[any]" : olderTypes)
                    + ", now only " + newerTypes);
        }
        if (older.has("enum")) {
            Set<JsonNode> allowed = new HashSet<>();
            newer.path("enum").forEach(allowed::add);
            older.get("enum").forEach(v -> {
                if (newer.has("enum") && !allowed.contains(v)) {
                    problems.add(where + ": no longer allows the value " + v);
                }
            });
        }
        Set<String> olderRequired = new HashSet<>();
        older.path("required").forEach(r -> olderRequired.add(r.asText()));
        newer.path("required").forEach(r -> {
            if (!olderRequired.contains(r.asText())) {
                problems.add(where + ": now requires [" + r.asText() + "]");
            }
        });
        if (newer.path("additionalProperties").isBoolean() && !newer.get("additionalProperties").asBoolean()
                && !(older.path("additionalProperties").isBoolean() && !older.get("additionalProperties").asBoolean())) {
            problems.add(where + ": no longer allows fields it does not name (additionalProperties: false)");
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = older.path("properties").properties().iterator(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> p = it.next();
            compare(path + "/" + p.getKey(), p.getValue(), newer.path("properties").path(p.getKey()), problems);
        }
        for (String container : List.of("$defs", "definitions")) {
            for (Iterator<Map.Entry<String, JsonNode>> it = older.path(container).properties().iterator(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> d = it.next();
                compare(path + "/" + container + "/" + d.getKey(), d.getValue(),
                        newer.path(container).path(d.getKey()), problems);
            }
        }
        if (older.has("items")) {
            compare(path + "/items", older.get("items"), newer.path("items"), problems);
        }
        if (older.has("additionalProperties") && older.get("additionalProperties").isObject()) {
            compare(path + "/additionalProperties", older.get("additionalProperties"),
                    newer.path("additionalProperties"), problems);
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = older.properties().iterator(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> k = it.next();
            if (!OBJECT_KEYWORDS.contains(k.getKey()) && !k.getValue().equals(newer.get(k.getKey()))) {
                problems.add(where + ": [" + k.getKey() + "] was " + k.getValue() + ", now " + newer.get(k.getKey()));
            }
        }
        for (String combinator : List.of("anyOf", "oneOf")) {
            if (older.has(combinator) && !older.get(combinator).equals(newer.get(combinator))) {
                problems.add(where + ": [" + combinator + "] changed; it must stay as it was");
            }
        }
    }

    /** "number" covers "integer": a schema that widened integer to number still accepts every integer. */
    private static boolean covers(Set<String> newer, Set<String> older) {
        for (String t : older) {
            if (!newer.contains(t) && !(t.equals("integer") && newer.contains("number"))) {
                return false;
            }
        }
        return true;
    }

    private static Set<String> types(JsonNode schema) {
        Set<String> types = new HashSet<>();
        JsonNode type = schema.get("type");
        if (type != null && type.isArray()) {
            type.forEach(t -> types.add(t.asText()));
        } else if (type != null) {
            types.add(type.asText());
        }
        return types;
    }
}
