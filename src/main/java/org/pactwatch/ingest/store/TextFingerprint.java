package org.pactwatch.ingest.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;

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
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(normalizedText.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Hash of the text with all whitespace collapsed, so reflowed copies of one text collide. */
    public static String of(String text) {
        return sha256(normalize(text).replaceAll("\\s+", " "));
    }
}
