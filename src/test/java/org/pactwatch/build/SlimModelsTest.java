package org.pactwatch.build;

import static org.assertj.core.api.Assertions.assertThat;

import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.io.File;
import java.net.URL;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.pactwatch.extraction.DealExtractors;
import org.pactwatch.extraction.ExtractionRequest;
import org.pactwatch.extraction.ExtractionResult;

/**
 * The CoreNLP models that ship are the ones the build copies out of CoreNLP's models artifact (pom: execution
 * corenlp-models of maven-dependency-plugin) into the classes: the full models jar is on no class path, and the
 * extraction pipeline, and the dependency parser it is to use, start from the copied files alone.
 */
class SlimModelsTest {

    /** Keep equal to the pom property corenlp.models. */
    static final List<String> MODELS = List.of(
            "edu/stanford/nlp/models/pos-tagger/english-left3words-distsim.tagger",
            "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz",
            "edu/stanford/nlp/models/parser/nndep/english_UD.gz");

    @Test
    void theFullModelsJarIsOnNoClassPath() {
        assertThat(Arrays.asList(System.getProperty("java.class.path").split(File.pathSeparator)))
                .noneMatch(entry -> entry.contains("stanford-corenlp") && entry.endsWith("-models.jar"));
        assertThat(getClass().getClassLoader().getResource("edu/stanford/nlp/models/ner/regexner.patterns"))
                .as("a model the pipeline does not load")
                .isNull();
    }

    @Test
    void eachShippedModelComesFromTheCopiedClasses() {
        for (String model : MODELS) {
            URL url = getClass().getClassLoader().getResource(model);
            assertThat(url).as(model).isNotNull();
            assertThat(url.getProtocol()).as(model).isEqualTo("file");
        }
    }

    @Test
    void theExtractionPipelineStartsFromTheSlimSet() {
        ExtractionResult result = DealExtractors.shared()
                .extract(new ExtractionRequest(
                        "slim",
                        "Amazon said on Monday it will invest up to $4 billion in Anthropic.",
                        LocalDate.of(2024, 5, 14),
                        null));
        assertThat(result.error()).isNull();
        assertThat(result.deals()).isNotEmpty();
    }

    @Test
    void theDependencyParserStartsFromTheSlimSet() {
        Properties props = new Properties();
        props.setProperty("annotators", "tokenize,ssplit,pos,depparse");
        props.setProperty("pos.model", MODELS.get(0));
        props.setProperty("depparse.model", MODELS.get(2));
        CoreDocument doc = new CoreDocument("Amazon will invest $4 billion in Anthropic.");
        new StanfordCoreNLP(props, false).annotate(doc);
        assertThat(doc.sentences().getFirst().dependencyParse().getFirstRoot().word())
                .isEqualTo("invest");
    }
}
