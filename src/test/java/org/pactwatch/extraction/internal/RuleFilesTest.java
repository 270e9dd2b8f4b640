package org.pactwatch.extraction.internal;

import static org.assertj.core.api.Assertions.assertThat;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.process.CoreLabelTokenFactory;
import edu.stanford.nlp.process.PTBTokenizer;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.pactwatch.extraction.ExtractedDeal;
import org.pactwatch.extraction.ExtractedDeal.DealType;
import org.pactwatch.extraction.ExtractionRequest;

/** One rule set: the candidate filter and the rules read the same rule files, and a new word needs no Java. */
class RuleFilesTest {

    private static final DealRules RULES = new DealRules();
    private static final CandidateFilter FILTER =
            new CandidateFilter(RULES.triggerLemmaSequences(), RULES.denialCues());

    static Stream<Arguments> triggerRows() {
        return RuleFiles.read("triggers.tsv").stream().map(row -> Arguments.of(row[0], row[1]));
    }

    @ParameterizedTest(name = "{0} ({1})")
    @MethodSource("triggerRows")
    void everyTriggerRowMakesItsSentenceACandidate(String lemmas, String frame) {
        List<CoreLabel> sentence = tokens("Meridian Systems and Halcyon Labs said the " + lemmas + " was news.");
        assertThat(FILTER.hasDealWord(sentence)).as(lemmas).isTrue();
    }

    @ParameterizedTest
    @CsvSource({
        "Meridian bought Halcyon.",
        "Meridian led the round.",
        "Meridian gave Halcyon $2 billion.",
        "Meridian paid $2 billion for Halcyon.",
        "Meridian took over Halcyon.",
        "Meridian holds stakes in Halcyon.",
        "Meridian is investing in Halcyon.",
        "Meridian sold Halcyon to Vantor.",
        "Meridian denied the report.",
        "Halcyon is not for sale, Meridian said."
    })
    void inflectedTriggersAndDenialsAreCandidates(String text) {
        assertThat(FILTER.hasDealWord(tokens(text))).as(text).isTrue();
    }

    @ParameterizedTest
    @CsvSource({"Meridian reported revenue of $2 billion.", "Halcyon opened an office in Lisbon."})
    void sentencesWithoutADealWordAreNot(String text) {
        assertThat(FILTER.hasDealWord(tokens(text))).as(text).isFalse();
    }

    /** The words the filter's old hand copy lacked: each is the only trigger of its sentence. */
    @ParameterizedTest
    @CsvSource({
        "Meridian Systems will give Halcyon Labs $2 billion., INVESTMENT",
        "Meridian Systems put $2 billion into Halcyon Labs., INVESTMENT",
        "Meridian Systems promised Halcyon Labs $2 billion., INVESTMENT",
        "Meridian Systems will reinvest $2 billion in Halcyon Labs., INVESTMENT",
        "Meridian Systems will pay $2 billion for Halcyon Labs., ACQUISITION",
        "Meridian Systems will deploy $2 billion of chips from Halcyon Labs., SUPPLY"
    })
    void wordsOnlyTheRuleFileNamedNowMakeDeals(String text, DealType type) {
        List<ExtractedDeal> deals = RulesOnly.EXTRACTOR
                .extract(new ExtractionRequest("t", text, LocalDate.of(2024, 5, 14), null))
                .deals();
        assertThat(deals).as(text).hasSize(1);
        assertThat(deals.getFirst().type()).isEqualTo(type);
        assertThat(deals.getFirst().payer().name()).isEqualTo("Meridian Systems");
        assertThat(deals.getFirst().payee().name()).isEqualTo("Halcyon Labs");
    }

    /** docs/extraction.md, "Adding a rule", step by step: a row in a copy of triggers.tsv and nothing else. */
    @Test
    void aTriggerAddedToTheFileWorksWithNoJavaChange(@TempDir Path rules) throws IOException {
        String sentence = "Meridian Systems bestowed $2 billion on Halcyon Labs.";
        assertThat(FILTER.hasDealWord(tokens(sentence))).isFalse();

        List<String> rows = new ArrayList<>(readResource("triggers.tsv"));
        rows.add("bestow\tINVEST\tINVESTMENT");
        Files.write(rules.resolve("triggers.tsv"), rows, StandardCharsets.UTF_8);

        DealRules edited = new DealRules(name -> RuleFiles.read(rules, name));
        CandidateFilter filter = new CandidateFilter(edited.triggerLemmaSequences(), edited.denialCues());
        assertThat(filter.hasDealWord(tokens(sentence))).isTrue();
        List<DealRules.Hit> hits = edited.triggers(lemmatized(sentence, "bestowed", "bestow"));
        assertThat(hits).singleElement().satisfies(h -> {
            assertThat(h.trigger().frame()).isEqualTo(DealRules.Frame.INVEST);
            assertThat(h.trigger().type()).isEqualTo(DealType.INVESTMENT);
        });
        assertThat(RULES.triggers(lemmatized(sentence, "bestowed", "bestow"))).isEmpty();
    }

    @Test
    void everyWordListSaysWhatItIsFor() throws IOException {
        Path dir = Path.of("src/main/resources" + RuleFiles.BASE + "words");
        try (Stream<Path> files = Files.list(dir)) {
            List<Path> lists = files.toList();
            assertThat(lists).hasSizeGreaterThan(10);
            for (Path f : lists) {
                List<String> lines = Files.readAllLines(f, StandardCharsets.UTF_8);
                assertThat(lines.getFirst()).as(f.toString()).startsWith("# ").hasSizeGreaterThan(30);
                String name = f.getFileName().toString().replace(".txt", "");
                assertThat(RuleFiles.words(name)).as(name).isNotEmpty();
            }
        }
    }

    private static List<String> readResource(String name) throws IOException {
        try (var in = RuleFilesTest.class.getResourceAsStream(RuleFiles.BASE + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        }
    }

    private static List<CoreLabel> tokens(String text) {
        return new PTBTokenizer<>(new StringReader(text), new CoreLabelTokenFactory(), "").tokenize();
    }

    private static Sentence lemmatized(String text, String word, String lemma) {
        List<Tok> toks = new ArrayList<>();
        for (CoreLabel l : tokens(text)) {
            String lower = l.word().toLowerCase(Locale.ROOT);
            String pos =
                    lower.equals(word) ? "VBD" : Character.isUpperCase(l.word().charAt(0)) ? "NNP" : "NN";
            toks.add(new Tok(
                    l.word(), lower, lower.equals(word) ? lemma : lower, pos, "O", l.beginPosition(), l.endPosition()));
        }
        return new Sentence(0, toks, 0, text.length(), text);
    }
}
