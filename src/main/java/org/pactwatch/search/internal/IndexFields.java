package org.pactwatch.search.internal;

import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.core.KeywordTokenizer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.IndexOptions;

/** Field names, analyzers and facet configuration of the index — shared by indexing and searching. */
final class IndexFields {

    static final String UID = "uid";
    static final String KIND = "kind";
    static final String ID = "id";
    static final String TITLE = "title";
    static final String BODY = "body";
    static final String COMPANIES = "companies";
    static final String COMPANY = "company";
    static final String TYPE = "type";
    static final String STATUS = "status";
    static final String SOURCE_KIND = "source_kind";
    static final String REVIEW_STATE = "review_state";
    static final String PUBLISHER = "publisher";
    static final String PUBLISHED = "published";
    static final String DATE_ALIAS = "date";
    static final String YEAR = "year";
    static final String AMOUNT_USD = "amount_usd";
    static final String URL = "url";
    static final String PUBLISHED_SORT = "published_sort";
    static final String AMOUNT_SORT = "amount_sort";

    static final String KIND_DOCUMENT = "document";
    static final String KIND_DEAL = "deal";

    /** Facet dimensions as the API names them. */
    static final String FACET_COMPANY = "company";

    static final String FACET_TYPE = "type";
    static final String FACET_YEAR = "year";
    static final String FACET_SOURCE_KIND = "sourceKind";
    static final String FACET_STATUS = "status";
    static final List<String> FACETS = List.of(FACET_COMPANY, FACET_TYPE, FACET_YEAR, FACET_SOURCE_KIND, FACET_STATUS);

    /** Keyword fields: matched whole and case-insensitively, so {@code company:"amazon web services"} works. */
    static final List<String> KEYWORDS = List.of(COMPANY, TYPE, STATUS, SOURCE_KIND, REVIEW_STATE, PUBLISHER, KIND);

    /** Full text with offsets in the postings, so the highlighter needs no re-analysis. */
    static final FieldType TEXT_WITH_OFFSETS = textWithOffsets();

    private IndexFields() {}

    static Analyzer analyzer() {
        Analyzer keyword = new LowercaseKeywordAnalyzer();
        Map<String, Analyzer> perField = new java.util.HashMap<>();
        KEYWORDS.forEach(f -> perField.put(f, keyword));
        return new PerFieldAnalyzerWrapper(new EnglishAnalyzer(), perField);
    }

    static FacetsConfig facetsConfig() {
        FacetsConfig config = new FacetsConfig();
        FACETS.forEach(dim -> config.setMultiValued(dim, true));
        return config;
    }

    private static FieldType textWithOffsets() {
        FieldType type = new FieldType(TextField.TYPE_STORED);
        type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        type.freeze();
        return type;
    }

    /** The whole value as one lower-cased token (also for wildcard and range terms). */
    static final class LowercaseKeywordAnalyzer extends Analyzer {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            KeywordTokenizer tokenizer = new KeywordTokenizer();
            return new TokenStreamComponents(tokenizer, new LowerCaseFilter(tokenizer));
        }

        @Override
        protected TokenStream normalize(String fieldName, TokenStream in) {
            return new LowerCaseFilter(in);
        }
    }
}
