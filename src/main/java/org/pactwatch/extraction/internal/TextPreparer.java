package org.pactwatch.extraction.internal;

/**
 * Makes a text safe for the tokenizer without moving any character, so offsets stay valid: control
 * characters become spaces, and a single newline inside a hard-wrapped paragraph becomes a space while
 * headings, short lines and blank lines keep theirs (each remaining newline ends a sentence). Typographic
 * single quotes become ASCII ones: the tagger learned "it's" and "OpenAI's" from ASCII text and reads "it’s
 * investing" as a possessive before a noun.
 */
final class TextPreparer {

    private static final int WRAPPED_LINE = 60;

    private TextPreparer() {}

    /** Why the text cannot be processed, or null when it can. */
    static String rejection(String text) {
        if (text == null) {
            return "no text";
        }
        int sample = Math.min(text.length(), 20_000);
        int junk = 0;
        for (int i = 0; i < sample; i++) {
            char c = text.charAt(i);
            if (c == 0
                    || c == '\uFFFD'
                    || (Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t' && c != '\f')) {
                junk++;
            }
        }
        return sample > 0 && junk * 20 > sample ? "input looks like binary data, not text" : null;
    }

    static String prepare(String text) {
        char[] out = text.toCharArray();
        for (int i = 0; i < out.length; i++) {
            char c = out[i];
            if (c == '\u2019' || c == '\u2018') {
                out[i] = '\'';
            } else if (c == '\r') {
                out[i] = (i + 1 < out.length && out[i + 1] == '\n') ? ' ' : '\n';
            } else if (c != '\n' && (Character.isISOControl(c) || c == '\uFFFD' || c == '\u2028' || c == '\u2029')) {
                out[i] = c == '\u2028' || c == '\u2029' ? '\n' : ' ';
            }
        }
        int lineStart = 0;
        for (int i = 0; i < out.length; i++) {
            if (out[i] != '\n') {
                continue;
            }
            if (softWrap(out, lineStart, i)) {
                out[i] = ' ';
            }
            lineStart = i + 1;
        }
        return new String(out);
    }

    private static boolean softWrap(char[] s, int lineStart, int newline) {
        int next = newline + 1;
        if (next >= s.length || s[next] == '\n') {
            return false;
        }
        int end = newline;
        while (end > lineStart && Character.isWhitespace(s[end - 1])) {
            end--;
        }
        if (end - lineStart < WRAPPED_LINE) {
            return false;
        }
        char last = s[end - 1];
        if (".!?:;\"”)".indexOf(last) >= 0) {
            return false;
        }
        int k = next;
        while (k < s.length && (s[k] == ' ' || s[k] == '\t')) {
            k++;
        }
        return k < s.length && "-•*".indexOf(s[k]) < 0;
    }
}
