package org.pactwatch.search.internal;

import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageScorer;
import org.apache.lucene.util.BytesRef;

/**
 * Lucene's default passage score (BM25 over the passage's distinct matched terms, weighted by position) without
 * its per-passage {@code BytesRefHash}: that hash allocates a 32 KB block for every candidate passage, which was
 * a third of the highlighting time. A passage has a handful of matches, so a linear scan finds repeated terms.
 * Terms are summed in order of first occurrence, as the default does, so scores are identical.
 */
final class PassageScoring extends PassageScorer {

    @Override
    public float score(Passage passage, int contentLength) {
        int matches = passage.getNumMatches();
        BytesRef[] terms = passage.getMatchTerms();
        int[] freqsInDoc = passage.getMatchTermFreqsInDoc();
        double score = 0;
        for (int i = 0; i < matches; i++) {
            if (seenBefore(terms, i)) {
                continue;
            }
            int freqInPassage = 1;
            for (int j = i + 1; j < matches; j++) {
                if (terms[j].bytesEquals(terms[i])) {
                    freqInPassage++;
                }
            }
            score += tf(freqInPassage, passage.getLength()) * weight(contentLength, freqsInDoc[i]);
        }
        return (float) (score * norm(passage.getStartOffset()));
    }

    private static boolean seenBefore(BytesRef[] terms, int index) {
        for (int k = 0; k < index; k++) {
            if (terms[k].bytesEquals(terms[index])) {
                return true;
            }
        }
        return false;
    }
}
