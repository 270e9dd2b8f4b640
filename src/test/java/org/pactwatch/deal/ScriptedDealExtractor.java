package org.pactwatch.deal;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.pactwatch.extraction.DealExtractor;
import org.pactwatch.extraction.ExtractedDeal;
import org.pactwatch.extraction.ExtractionRequest;
import org.pactwatch.extraction.ExtractionResult;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Primary;
import org.springframework.stereotype.Component;

/**
 * Test-only extractor: answers with scripted deals for the documents a test registered, and hands every other
 * document to the real extractor — so tests of other modules that share the Spring context are unaffected.
 * Found by component scanning of the test classpath.
 */
@Component
@Primary
public class ScriptedDealExtractor implements DealExtractor {

    public static final String VERSION = "scripted-1";

    private final Map<String, Function<ExtractionRequest, ExtractionResult>> scripts = new ConcurrentHashMap<>();
    private final ObjectProvider<DealExtractor> all;

    ScriptedDealExtractor(ObjectProvider<DealExtractor> all) {
        this.all = all;
    }

    /** The document with this id yields these deals. */
    public void script(long documentId, List<ExtractedDeal> deals) {
        scripts.put(
                String.valueOf(documentId), r -> new ExtractionResult(r.id(), r.published(), null, List.of(), deals));
    }

    /** The document with this id fails with this error. */
    public void fail(long documentId, String error) {
        scripts.put(String.valueOf(documentId), r -> ExtractionResult.failed(r, error));
    }

    @Override
    public ExtractionResult extract(ExtractionRequest request) {
        Function<ExtractionRequest, ExtractionResult> script = scripts.get(request.id());
        if (script != null) {
            return script.apply(request);
        }
        return real().extract(request);
    }

    @Override
    public String version() {
        return VERSION;
    }

    private DealExtractor real() {
        return all.orderedStream()
                .filter(e -> e != this)
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("no real extractor"));
    }
}
