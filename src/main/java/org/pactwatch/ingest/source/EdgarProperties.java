package org.pactwatch.ingest.source;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where SEC EDGAR lives ({@code pactwatch.edgar.*}) and what to take from it. {@code base-url}, when set, replaces
 * all three hosts (tests point it at a local server).
 */
@ConfigurationProperties("pactwatch.edgar")
public record EdgarProperties(
        String baseUrl,
        @DefaultValue("https://data.sec.gov") String dataUrl,
        @DefaultValue("https://www.sec.gov") String archivesUrl,

        @DefaultValue("https://efts.sec.gov/LATEST/search-index")
        String searchUrl,

        @DefaultValue("40") int maxFilings,
        @DefaultValue({"8-K", "10-K", "10-Q", "S-1"}) List<String> forms) {

    /** These settings with the source's own EDGAR base URL (a mirror, or a local server in tests), if it has one. */
    public EdgarProperties forBase(String sourceUrl) {
        if (sourceUrl == null || sourceUrl.isBlank()) {
            return this;
        }
        return new EdgarProperties(sourceUrl.strip(), dataUrl, archivesUrl, searchUrl, maxFilings, forms);
    }

    public String submissions() {
        return trim(baseUrl != null && !baseUrl.isBlank() ? baseUrl : dataUrl);
    }

    public String archives() {
        return trim(baseUrl != null && !baseUrl.isBlank() ? baseUrl : archivesUrl);
    }

    public String search() {
        return baseUrl != null && !baseUrl.isBlank() ? trim(baseUrl) + "/LATEST/search-index" : trim(searchUrl);
    }

    private static String trim(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
