package org.pactwatch.extraction.internal;

import java.util.List;

/** A sentence of the document with its tokens; offsets are absolute into the document text. */
record Sentence(int index, List<Tok> toks, int begin, int end, String text) {

    int size() {
        return toks.size();
    }

    Tok tok(int i) {
        return toks.get(i);
    }

    /** Index of the first token starting at or after {@code charOffset}. */
    int tokenAt(int charOffset) {
        for (int i = 0; i < toks.size(); i++) {
            if (toks.get(i).end() > charOffset) {
                return i;
            }
        }
        return toks.size();
    }
}
