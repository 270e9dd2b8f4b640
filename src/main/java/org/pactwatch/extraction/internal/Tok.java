package org.pactwatch.extraction.internal;

/** One token after annotation: surface word, lower-case form, lemma, POS, NER and character offsets. */
record Tok(String word, String lower, String lemma, String pos, String ner, int begin, int end) {

    boolean is(String... lowers) {
        for (String l : lowers) {
            if (lower.equals(l)) {
                return true;
            }
        }
        return false;
    }

    boolean lemmaIs(String... lemmas) {
        for (String l : lemmas) {
            if (lemma.equals(l)) {
                return true;
            }
        }
        return false;
    }

    boolean capitalized() {
        return !word.isEmpty() && Character.isUpperCase(word.charAt(0));
    }
}
