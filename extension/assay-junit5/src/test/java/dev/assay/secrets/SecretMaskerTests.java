package dev.assay.secrets;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What is masked: known key values whole and in pieces, header and parameter values, key shapes. */
class SecretMaskerTests {

    private static final String KEY = "sk-canary-0123456789abcdefXYZ";
    private final SecretMasker masker = new SecretMasker(Map.of("OPENAI_API_KEY", KEY, "HOME", "/root", "MY_TOKEN", "short"));

    @Test
    void aKnownKeyIsMaskedWholeAndOtherVariablesAreLeftAlone() {
        assertThat(masker.apply("key " + KEY + " in /root")).isEqualTo("key [REDACTED] in /root");
        assertThat(masker.apply("nothing secret here, not even short")).isEqualTo("nothing secret here, not even short");
        assertThat(masker.apply(null)).isNull();
    }

    @Test
    void anyPieceOfEightOrMoreCharactersOfAKeyIsMaskedWhereverItWasCut() {
        assertThat(masker.apply("Incorrect API key provided: sk-cana…")).as("7 characters are not a key")
                .isEqualTo("Incorrect API key provided: sk-cana…");
        assertThat(masker.apply("Incorrect API key provided: sk-canar…")).isEqualTo("Incorrect API key provided: [REDACTED]…");
        assertThat(masker.apply("Incorrect key provided: " + KEY.substring(0, 12) + "…"))
                .isEqualTo("Incorrect key provided: [REDACTED]…");
        assertThat(masker.apply("…" + KEY.substring(10) + " was echoed")).isEqualTo("…[REDACTED] was echoed");
        assertThat(masker.apply("a" + KEY.substring(3, 11) + "b")).isEqualTo("a[REDACTED]b");
        assertThat(masker.apply("seven " + KEY.substring(3, 10) + " chars stay")).contains(KEY.substring(3, 10));
    }

    @Test
    void headerAndParameterValuesAndKeyShapesAreMaskedWithoutKnowingTheKey() {
        SecretMasker none = new SecretMasker(Map.of());
        assertThat(none.apply("Authorization: Bearer abc.def-123456789")).isEqualTo("Authorization: Bearer [REDACTED]");
        assertThat(none.apply("x-api-key: 0f9e8d7c6b5a")).isEqualTo("x-api-key: [REDACTED]");
        assertThat(none.apply("{\"authorization\":\"Basic dXNlcjpwYXNz\"}")).isEqualTo("{\"authorization\":\"Basic [REDACTED]\"}");
        assertThat(none.apply("{\\\"x-goog-api-key\\\": \\\"abcdef123456\\\"}")).isEqualTo("{\\\"x-goog-api-key\\\": \\\"[REDACTED]\\\"}");
        assertThat(none.apply("GET /v1beta/models/g:generateContent?key=abcdefgh1234&alt=sse"))
                .isEqualTo("GET /v1beta/models/g:generateContent?key=[REDACTED]&alt=sse");
        assertThat(none.apply("use sk-ABCDEFGHIJKLMNOPQRST now")).isEqualTo("use [REDACTED] now");
        assertThat(none.apply("BEARER abc.def-123456789 and RK-ABCDEFGHIJKLMNOPQRST"))
                .isEqualTo("BEARER [REDACTED] and [REDACTED]");
        assertThat(none.apply("key=AIzaSyA0123456789abcdefghijklmnopqrstu")).isEqualTo("key=[REDACTED]");
        assertThat(none.apply("the keyboard has 104 keys")).isEqualTo("the keyboard has 104 keys");
    }

    @Test
    void valuesAreMaskedInsideListsAndMapsKeysIncluded() {
        assertThat(masker.applyToValue(List.of("ok", KEY, Map.of(KEY, 1.0)))).isEqualTo(List.of("ok", "[REDACTED]",
                Map.of("[REDACTED]", 1.0)));
        assertThat(masker.applyToValue(3.5)).isEqualTo(3.5);
    }

    @Test
    void aLongTextIsMaskedInOnePass() {
        String text = "x".repeat(1_000_000) + KEY + "y".repeat(1_000_000);
        assertThat(masker.apply(text)).hasSize(2_000_000 + SecretMasker.MASK.length()).contains("x[REDACTED]y");
    }
}
