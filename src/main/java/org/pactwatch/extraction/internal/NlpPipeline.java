package org.pactwatch.extraction.internal;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Pattern;

/**
 * The two CoreNLP pipelines: a cheap tokenize+ssplit over the whole text, and the heavy pos, lemma, ner
 * (one 3-class CRF, no SUTime, no fine-grained NER) plus the registry gazetteer, run only on candidate
 * sentences. Both are thread-safe once built.
 */
public final class NlpPipeline {

    static final String NER_MODEL = "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz";

    private final StanfordCoreNLP splitter;
    private final StanfordCoreNLP heavy;

    public NlpPipeline(List<String> gazetteerRows) {
        this.splitter = new StanfordCoreNLP(splitterProperties(), false);
        this.heavy = new StanfordCoreNLP(heavyProperties(writeMapping(gazetteerRows)), false);
    }

    static Properties splitterProperties() {
        Properties p = new Properties();
        p.setProperty("annotators", "tokenize,ssplit");
        // every newline ends a sentence: soft line wraps are joined beforehand by TextPreparer
        p.setProperty("ssplit.newlineIsSentenceBreak", "always");
        p.setProperty(
                "tokenize.options",
                "untokenizable=noneDelete,invertible=false,ptb3Escaping=false,normalizeCurrency=false");
        return p;
    }

    static Properties heavyProperties(Path mapping) {
        Properties p = new Properties();
        p.setProperty("annotators", "pos,lemma,ner,regexner");
        p.setProperty("enforceRequirements", "false");
        p.setProperty("pos.model", "edu/stanford/nlp/models/pos-tagger/english-left3words-distsim.tagger");
        p.setProperty("ner.model", NER_MODEL);
        p.setProperty("ner.useSUTime", "false");
        p.setProperty("ner.applyNumericClassifiers", "false");
        p.setProperty("ner.applyFineGrained", "false");
        p.setProperty("ner.buildEntityMentions", "false");
        p.setProperty("ner.statisticalOnly", "true");
        p.setProperty("regexner.mapping", mapping.toString());
        p.setProperty("regexner.ignorecase", "false");
        p.setProperty("regexner.backgroundSymbol", "O,MISC,PERSON,LOCATION,ORGANIZATION");
        return p;
    }

    /** Splits a text (already prepared) into sentences of tokens; offsets are relative to {@code text}. */
    public List<CoreMap> split(String text) {
        Annotation doc = new Annotation(text);
        splitter.annotate(doc);
        List<CoreMap> sentences = doc.get(CoreAnnotations.SentencesAnnotation.class);
        return sentences == null ? List.of() : sentences;
    }

    /** Runs pos, lemma, ner and the gazetteer on the given sentences in place. */
    public void annotate(String text, List<CoreMap> sentences) {
        if (sentences.isEmpty()) {
            return;
        }
        Annotation batch = new Annotation(text);
        List<CoreLabel> tokens = new ArrayList<>();
        sentences.forEach(s -> tokens.addAll(s.get(CoreAnnotations.TokensAnnotation.class)));
        batch.set(CoreAnnotations.SentencesAnnotation.class, sentences);
        batch.set(CoreAnnotations.TokensAnnotation.class, tokens);
        heavy.annotate(batch);
    }

    private static final Pattern REGEX_META = Pattern.compile("([\\\\.\\[\\]{}()*+?^$|])");

    /** RegexNER rows "token regexes TAB TYPE TAB overwritable TAB priority" for the registry's surface forms. */
    public static String mappingRow(List<String> tokens, String type) {
        StringBuilder pattern = new StringBuilder();
        for (String t : tokens) {
            if (!pattern.isEmpty()) {
                pattern.append(' ');
            }
            pattern.append(REGEX_META.matcher(t).replaceAll("\\\\$1"));
        }
        return pattern + "\t" + type + "\tO,MISC,PERSON,LOCATION,ORGANIZATION\t" + tokens.size();
    }

    private static Path writeMapping(List<String> rows) {
        try {
            Path file = Files.createTempFile("pactwatch-gazetteer", ".tsv");
            file.toFile().deleteOnExit();
            Files.write(file, rows.isEmpty() ? List.of("Pactwatch\tORGANIZATION") : rows, StandardCharsets.UTF_8);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
