package org.pactwatch.search.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.carrotsearch.randomizedtesting.ThreadFilter;
import com.carrotsearch.randomizedtesting.annotations.Seed;
import com.carrotsearch.randomizedtesting.annotations.ThreadLeakFilters;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.tests.analysis.BaseTokenStreamTestCase;
import org.apache.lucene.tests.util.QuickPatchThreadsFilter;
import org.apache.lucene.tests.util.TestUtil;
import org.junit.jupiter.api.Test;
import org.junit.runner.JUnitCore;
import org.junit.runner.Request;
import org.junit.runner.Result;
import org.junit.runner.notification.Failure;

/**
 * The index's analyzers ({@link IndexFields#analyzer()}: English for the text fields, one lower-cased token for the
 * keyword fields) pass Lucene's {@code checkRandomData}: random text, from ASCII to odd Unicode, short and long,
 * analyzed from several threads, with consistent offsets, positions and attribute clearing, and the same tokens on
 * every reuse. Lucene's checks need its randomized runner (JUnit 4), so each tier runs them through {@link JUnitCore}
 * with a fixed seed ({@code -Dtests.seed=HEX} draws others; a failure prints the seed that reproduces it).
 */
abstract class IndexAnalyzersRandomCases {

    /** The Lucene checks of one tier, run by {@link #runsLucenesRandomDataChecks()}. */
    abstract Class<? extends Checks> checks();

    @Test
    void runsLucenesRandomDataChecks() {
        Result result = new JUnitCore().run(Request.aClass(checks()));
        assertThat(result.getFailures())
                .as("Lucene's random checks of the index analyzers")
                .extracting(Failure::getTrace)
                .isEmpty();
        assertThat(result.getRunCount()).as("checks run").isEqualTo(4);
    }

    /** Lucene's random checks of the index analyzers, {@link #iterations()} random texts each. */
    @Seed("5EED1DC5")
    @ThreadLeakFilters(filters = {QuickPatchThreadsFilter.class, IndexAnalyzersRandomCases.OtherTestsThreads.class})
    public abstract static class Checks extends BaseTokenStreamTestCase {

        abstract int iterations();

        public void testTheIndexAnalyzerOnRandomText() throws IOException {
            try (Analyzer analyzer = IndexFields.analyzer()) {
                checkRandomData(random(), analyzer, iterations());
            }
        }

        public void testTheIndexAnalyzerOnLongRandomText() throws IOException {
            try (Analyzer analyzer = IndexFields.analyzer()) {
                checkRandomData(random(), analyzer, Math.max(10, iterations() / 10), 8192);
            }
        }

        public void testTheKeywordAnalyzerOnRandomText() throws IOException {
            try (Analyzer analyzer = new IndexFields.LowercaseKeywordAnalyzer()) {
                checkRandomData(random(), analyzer, iterations());
            }
        }

        /** Each field gets the analyzer the checks above tested: English for text, the keyword one for keywords. */
        public void testEachFieldIsAnalyzedByItsAnalyzer() throws IOException {
            try (Analyzer index = IndexFields.analyzer();
                    Analyzer english = new EnglishAnalyzer();
                    Analyzer keyword = new IndexFields.LowercaseKeywordAnalyzer()) {
                Random r = random();
                for (int i = 0; i < iterations(); i++) {
                    String text = TestUtil.randomAnalysisString(r, 100, false);
                    for (String field : List.of(IndexFields.TITLE, IndexFields.BODY)) {
                        assertEquals(field + ": " + text, tokens(english, field, text), tokens(index, field, text));
                    }
                    for (String field : IndexFields.KEYWORDS) {
                        assertEquals(field + ": " + text, tokens(keyword, field, text), tokens(index, field, text));
                    }
                }
            }
        }

        private static List<String> tokens(Analyzer analyzer, String field, String text) throws IOException {
            List<String> out = new ArrayList<>();
            try (TokenStream stream = analyzer.tokenStream(field, text)) {
                CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
                OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
                PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
                stream.reset();
                while (stream.incrementToken()) {
                    out.add(term + "@" + offset.startOffset() + "-" + offset.endOffset() + "+"
                            + increment.getPositionIncrement());
                }
                stream.end();
            }
            return out;
        }
    }

    /**
     * The full tier shares its JVM with application tests, whose pools (Vaadin's push scheduler) may start a thread
     * while the checks run; those threads stay in the JVM's main group, while the checks' own run in the group the
     * randomized runner made for them.
     */
    public static final class OtherTestsThreads implements ThreadFilter {
        @Override
        public boolean reject(Thread t) {
            ThreadGroup group = t.getThreadGroup();
            return group != null && group.getName().equals("main");
        }
    }
}
