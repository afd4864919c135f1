package dev.assay.data;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * {@code Utf8Text} decodes a dataset's bytes as UTF-8 strictly: the first byte that is not UTF-8 is
 * reported with its line and its offsets in the line and the file, or, when the policy allows,
 * every such byte becomes U+FFFD and a warning names the first.
 */
final class Utf8Text {

    private Utf8Text() {
    }

    static String decode(byte[] bytes, String display, InvalidUtf8 policy) {
        CharsetDecoder strict = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = strict.decode(in, out, true);
        if (!result.isError()) {
            strict.flush(out);
            return out.flip().toString();
        }
        int offset = in.position();
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < offset; i++) {
            if (bytes[i] == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        String where = "dataset [" + display + "] line " + line + " has a byte that is not UTF-8 (0x"
                + String.format("%02x", bytes[offset] & 0xff) + ", byte " + (offset - lineStart + 1) + " of the line, "
                + (offset + 1) + " of the file)";
        if (policy == InvalidUtf8.FAIL) {
            throw new DatasetException("Configuration error: " + where + "; save the file as UTF-8, or set "
                    + InvalidUtf8.KEY + "=replace to read such bytes as U+FFFD (distinct labels may then merge)");
        }
        System.err.println("[assay] WARNING: " + where + "; read as U+FFFD because " + InvalidUtf8.KEY + "=replace");
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
