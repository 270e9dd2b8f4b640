package org.pactwatch.ingest.store;

import java.text.Normalizer;
import org.apache.commons.codec.digest.DigestUtils;

/** SHA-256 of a document's text after Unicode (NFC) and whitespace normalization: equal texts, equal hash. */
public final class TextFingerprint {

    private TextFingerprint() {}

    public static String normalize(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFC)
                .replace("\r\n", "\n")
                .replaceAll("[ \\t\\u00a0]+", " ")
                .replaceAll(" ?\\n ?", "\n")
                .replaceAll("\\n{3,}", "\n\n")
                .strip();
    }

    public static String sha256(String normalizedText) {
        return DigestUtils.sha256Hex(normalizedText);
    }

    /** Hash of the text with all whitespace collapsed, so reflowed copies of one text collide. */
    public static String of(String text) {
        return sha256(normalize(text).replaceAll("\\s+", " "));
    }
}
