package org.pactwatch.ingest;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.pactwatch.ingest.parse.DocumentDraft;

/**
 * A local web site built from the sample corpus: RSS and Atom feeds, article pages with navigation, ads and
 * footers around the text, a sitemap, EDGAR-shaped submissions JSON, filing indexes, filing documents and a
 * full-text search, plus fault endpoints (304, 429, 500, slow, redirect loops, robots.txt, bad XML …).
 * Requests per path are counted so tests can check what was (not) fetched.
 */
public final class SampleSite implements AutoCloseable {

    /** A canned response. */
    public record Response(int status, String contentType, byte[] body, Map<String, String> headers) {
        public static Response of(String contentType, String body) {
            return new Response(200, contentType, body.getBytes(StandardCharsets.UTF_8), Map.of());
        }
    }

    /** Answers a request; may look at request headers. */
    @FunctionalInterface
    public interface Handler {
        Response handle(HttpExchange exchange) throws IOException;
    }

    private static final DateTimeFormatter RFC_822 =
            DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss Z", Locale.ENGLISH);

    private final HttpServer server;
    private final SampleCorpus corpus;
    private final Map<String, Handler> routes = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> hits = new ConcurrentHashMap<>();
    private final Map<String, String> lastUserAgent = new ConcurrentHashMap<>();
    private final Map<String, DocumentDraft> articlesBySlug = new LinkedHashMap<>();
    private final Map<String, List<DocumentDraft>> filingsByCik = new LinkedHashMap<>();

    public SampleSite(SampleCorpus corpus) {
        this.corpus = corpus;
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 50);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.setExecutor(Executors.newCachedThreadPool());
        server.createContext("/", this::dispatch);
        corpus.news().forEach(d -> articlesBySlug.put(SampleCorpus.slug(d), d));
        corpus.filings()
                .forEach(d -> filingsByCik
                        .computeIfAbsent(d.filing().cik(), k -> new ArrayList<>())
                        .add(d));
        routes.put("/robots.txt", x -> Response.of("text/plain", "User-agent: *\nDisallow: /private/\n"));
        server.start();
    }

    public String base() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    public SampleCorpus corpus() {
        return corpus;
    }

    /** Serves {@code path} (exact, without query) with the handler. */
    public SampleSite route(String path, Handler handler) {
        routes.put(path, handler);
        return this;
    }

    public int hits(String path) {
        AtomicInteger count = hits.get(path);
        return count == null ? 0 : count.get();
    }

    public String userAgent(String path) {
        return lastUserAgent.get(path);
    }

    public String articleUrl(DocumentDraft draft) {
        return base() + "/news/" + SampleCorpus.slug(draft) + ".html";
    }

    /** An RSS 2.0 feed of these articles; answers 304 to a matching If-None-Match. */
    public String rss(List<DocumentDraft> articles) {
        StringBuilder xml =
                new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\"><channel>"
                        + "<title>Sample Markets Wire</title><link>" + base()
                        + "/</link><description>Deals</description>");
        for (DocumentDraft a : articles) {
            xml.append("<item><title>")
                    .append(escape(a.title()))
                    .append("</title><link>")
                    .append(articleUrl(a))
                    .append("</link><guid>")
                    .append(articleUrl(a))
                    .append("</guid><pubDate>")
                    .append(RFC_822.format(a.published().atStartOfDay(ZoneOffset.UTC)))
                    .append("</pubDate><description>")
                    .append(escape(teaser(a)))
                    .append("</description></item>");
        }
        return xml.append("</channel></rss>").toString();
    }

    /** An Atom feed of these articles. */
    public String atom(List<DocumentDraft> articles) {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
                + "<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>Sample Atom</title><id>urn:sample</id>"
                + "<updated>2026-01-01T00:00:00Z</updated>");
        for (DocumentDraft a : articles) {
            xml.append("<entry><title>")
                    .append(escape(a.title()))
                    .append("</title><link href=\"")
                    .append(articleUrl(a))
                    .append("\"/><id>")
                    .append(articleUrl(a))
                    .append("</id><updated>")
                    .append(a.published())
                    .append("T08:00:00Z</updated><summary>")
                    .append(escape(teaser(a)))
                    .append("</summary></entry>");
        }
        return xml.append("</feed>").toString();
    }

    public String sitemap(List<DocumentDraft> articles) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">"
                + articles.stream()
                        .map(a -> "<url><loc>" + articleUrl(a) + "</loc><lastmod>" + a.published() + "</lastmod></url>")
                        .collect(Collectors.joining())
                + "</urlset>";
    }

    /** Serves an XML document with an ETag, answering 304 when the client sends it back. */
    public SampleSite xmlWithEtag(String path, String xml, String contentType) {
        String etag = "\"" + Integer.toHexString(xml.hashCode()) + "\"";
        return route(path, x -> {
            if (etag.equals(x.getRequestHeaders().getFirst("If-None-Match"))) {
                return new Response(304, null, new byte[0], Map.of("ETag", etag));
            }
            return new Response(200, contentType, xml.getBytes(StandardCharsets.UTF_8), Map.of("ETag", etag));
        });
    }

    /** An article page: navigation, ads, a cookie banner and a footer around the article. */
    public static String articleHtml(DocumentDraft a) {
        String paragraphs = a.text()
                .lines()
                .filter(l -> !l.isBlank())
                .map(l -> "<p>" + escape(l) + "</p>")
                .collect(Collectors.joining("\n"));
        return """
                <!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>%1$s | Sample Markets Journal</title>
                <link rel="canonical" href="%2$s"><meta name="author" content="%3$s">
                <meta property="article:published_time" content="%4$sT07:30:00Z">
                <meta property="og:site_name" content="%5$s"></head><body>
                <header class="site-header"><nav class="navbar"><a href="/">Home</a> <a href="/markets">Markets</a>
                <a href="/tech">Technology</a> Subscribe now for full access</nav></header>
                <div class="ad-slot ad">ADVERTISEMENT Buy cloud credits today at 50 percent off</div>
                <article><h1>%1$s</h1><p class="byline">By %3$s</p><time datetime="%4$s">%4$s</time>
                %6$s
                <div class="share">Share this article on social networks</div></article>
                <aside class="related"><h3>Related stories</h3><ul><li>Chip stocks rally again</li></ul></aside>
                <div id="cookie-banner">We use cookies to improve your experience. Accept all cookies</div>
                <footer>Copyright 2026 Sample Markets Journal. All rights reserved. Privacy policy</footer>
                </body></html>
                """.formatted(
                        escape(a.title()),
                        a.url(),
                        escape(a.byline() == null ? "Staff" : a.byline()),
                        a.published(),
                        escape(a.publisher() == null ? "Sample" : a.publisher()),
                        paragraphs);
    }

    private void dispatch(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        hits.computeIfAbsent(path, p -> new AtomicInteger()).incrementAndGet();
        String agent = exchange.getRequestHeaders().getFirst("User-Agent");
        if (agent != null) {
            lastUserAgent.put(path, agent);
        }
        try (exchange) {
            Response response = answer(exchange, path);
            if (response.contentType() != null) {
                exchange.getResponseHeaders().set("Content-Type", response.contentType());
            }
            response.headers().forEach((k, v) -> exchange.getResponseHeaders().set(k, v));
            boolean empty = response.status() == 304 || response.body().length == 0;
            exchange.sendResponseHeaders(response.status(), empty ? -1 : response.body().length);
            if (!empty) {
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(response.body());
                }
            }
        } catch (IOException e) {
            // the client gave up (timeouts, size limits): nothing to answer
        }
    }

    private Response answer(HttpExchange exchange, String path) throws IOException {
        Handler handler = routes.get(path);
        if (handler != null) {
            return handler.handle(exchange);
        }
        if (path.startsWith("/news/") && path.endsWith(".html")) {
            DocumentDraft article = articlesBySlug.get(path.substring(6, path.length() - 5));
            if (article != null) {
                return Response.of("text/html; charset=utf-8", articleHtml(article));
            }
        }
        if (path.startsWith("/submissions/CIK") && path.endsWith(".json")) {
            String cik = String.valueOf(Long.parseLong(path.substring(16, path.length() - 5)));
            if (filingsByCik.containsKey(cik)) {
                return Response.of("application/json", submissions(cik));
            }
        }
        if (path.startsWith("/Archives/edgar/data/")) {
            Response filing = archive(path);
            if (filing != null) {
                return filing;
            }
        }
        if (path.equals("/LATEST/search-index")) {
            return Response.of("application/json", search(query(exchange).getOrDefault("q", "")));
        }
        return new Response(404, "text/plain", "not found".getBytes(StandardCharsets.UTF_8), Map.of());
    }

    private String submissions(String cik) {
        List<DocumentDraft> filings = filingsByCik.get(cik).stream()
                .sorted((x, y) -> y.filing().filed().compareTo(x.filing().filed()))
                .toList();
        List<String> accession = new ArrayList<>();
        List<String> dates = new ArrayList<>();
        List<String> forms = new ArrayList<>();
        List<String> primary = new ArrayList<>();
        List<String> description = new ArrayList<>();
        // An ownership report first: the reader must skip forms it does not want.
        accession.add("0000000000-26-000001");
        dates.add("2026-06-01");
        forms.add("4");
        primary.add("form4.xml");
        description.add("Statement of changes in beneficial ownership");
        for (DocumentDraft f : filings) {
            accession.add(f.filing().accession());
            dates.add(f.filing().filed().toString());
            forms.add(f.filing().form());
            primary.add(primaryName(f));
            description.add(f.title());
        }
        return "{\"cik\":\"" + cik + "\",\"name\":"
                + json(filings.getFirst().filing().company())
                + ",\"filings\":{\"recent\":{\"accessionNumber\":" + jsonArray(accession) + ",\"filingDate\":"
                + jsonArray(dates) + ",\"form\":" + jsonArray(forms) + ",\"primaryDocument\":" + jsonArray(primary)
                + ",\"primaryDocDescription\":" + jsonArray(description) + "}}}";
    }

    /** Filing index pages, primary documents (HTML) and one EX-99.1 exhibit per filing. */
    private Response archive(String path) {
        for (List<DocumentDraft> filings : filingsByCik.values()) {
            for (DocumentDraft f : filings) {
                String folder = "/Archives/edgar/data/" + f.filing().cik() + "/"
                        + f.filing().accession().replace("-", "");
                if (path.equals(folder + "/" + f.filing().accession() + "-index.htm")) {
                    return Response.of("text/html", index(f, folder));
                }
                if (path.equals(folder + "/" + primaryName(f))) {
                    return Response.of(
                            "text/html; charset=utf-8",
                            "<html><body><div style=\"display:none\">hidden xbrl"
                                    + "</div><p><b>" + escape(f.filing().company()) + "</b></p><p>FORM "
                                    + f.filing().form()
                                    + "</p>"
                                    + f.text()
                                            .lines()
                                            .map(l -> "<p>" + escape(l) + "</p>")
                                            .collect(Collectors.joining())
                                    + "</body></html>");
                }
                if (path.equals(folder + "/ex99-1.htm")) {
                    return Response.of(
                            "text/html",
                            "<html><body><p>Exhibit 99.1</p><p>Press release of "
                                    + escape(f.filing().company()) + " dated "
                                    + f.filing().filed() + " about filing "
                                    + f.filing().accession() + ": " + escape(f.title()) + "</p></body></html>");
                }
            }
        }
        return null;
    }

    private String index(DocumentDraft f, String folder) {
        return "<html><body><table class=\"tableFile\" summary=\"Document Format Files\">"
                + "<tr><th>Seq</th><th>Description</th><th>Document</th><th>Type</th><th>Size</th></tr>"
                + row(
                        "1",
                        f.filing().form(),
                        folder + "/" + primaryName(f),
                        f.filing().form())
                + row("2", "PRESS RELEASE", folder + "/ex99-1.htm", "EX-99.1")
                + row("3", "", folder + "/logo.jpg", "GRAPHIC")
                + "</table></body></html>";
    }

    private static String row(String seq, String description, String href, String type) {
        return "<tr><td>" + seq + "</td><td>" + description + "</td><td><a href=\"" + href + "\">"
                + href.substring(href.lastIndexOf('/') + 1) + "</a></td><td>" + type + "</td><td>1000</td></tr>";
    }

    private String search(String q) {
        String needle = q.replace("\"", "").toLowerCase(Locale.ROOT);
        String hitsJson = corpus.filings().stream()
                .filter(f -> f.text().toLowerCase(Locale.ROOT).contains(needle))
                .map(f -> "{\"_id\":\"" + f.filing().accession() + ":" + primaryName(f) + "\",\"_source\":{\"ciks\":[\""
                        + "0".repeat(10 - f.filing().cik().length())
                        + f.filing().cik() + "\"],\"display_names\":["
                        + json(f.filing().company() + "  (CIK " + f.filing().cik() + ")") + "],\"form\":\""
                        + f.filing().form() + "\",\"file_date\":\"" + f.filing().filed() + "\",\"adsh\":\""
                        + f.filing().accession() + "\",\"file_type\":\""
                        + f.filing().form() + "\"}}")
                .collect(Collectors.joining(","));
        return "{\"hits\":{\"total\":{\"value\":0},\"hits\":[" + hitsJson + "]}}";
    }

    /** The primary document's file name: the last segment of the sample URL. */
    public static String primaryName(DocumentDraft filing) {
        String url = filing.url();
        return url.substring(url.lastIndexOf('/') + 1);
    }

    private static Map<String, String> query(HttpExchange exchange) {
        Map<String, String> params = new LinkedHashMap<>();
        String raw = exchange.getRequestURI().getRawQuery();
        if (raw != null) {
            for (String pair : raw.split("&")) {
                int eq = pair.indexOf('=');
                if (eq > 0) {
                    params.put(
                            URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                            URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
                }
            }
        }
        return params;
    }

    private static String teaser(DocumentDraft a) {
        String text = a.text();
        return text.length() > 160 ? text.substring(0, 160) + "…" : text;
    }

    public static String escape(String s) {
        return s == null
                ? ""
                : s.replace("&", "&amp;")
                        .replace("<", "&lt;")
                        .replace(">", "&gt;")
                        .replace("\"", "&quot;");
    }

    private static String json(String s) {
        return "\"" + (s == null ? "" : s.replace("\\", "\\\\").replace("\"", "\\\"")) + "\"";
    }

    private static String jsonArray(List<String> values) {
        return values.stream().map(SampleSite::json).collect(Collectors.joining(",", "[", "]"));
    }

    /** Bytes of text in a charset (for wrong-encoding pages). */
    public static byte[] bytes(String text, Charset charset) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(text.getBytes(charset));
        return out.toByteArray();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
