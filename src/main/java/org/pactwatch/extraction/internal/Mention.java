package org.pactwatch.extraction.internal;

/**
 * A company named in a sentence (token span [start, end)), resolved to its canonical name. {@code group} is
 * the ultimate parent (or the canonical name itself) so that AWS and Amazon compare equal.
 */
record Mention(int start, int end, String name, String parent, String text, boolean registered, boolean reference) {

    String group() {
        return parent != null ? parent : name;
    }
}
