package org.pactwatch.ingest.parse;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.pactwatch.ingest.DocumentKind;

/**
 * Main-text extraction for article pages: drops navigation, ads, share bars, comments and other boilerplate,
 * finds the article body (an {@code <article>}, an {@code articleBody}, or the block with the most paragraph
 * text) and keeps title, byline, publication date, publisher and canonical URL from the page's metadata.
 */
public final class ArticleExtractor {

    private static final String NOISE_TAGS =
            "script, style, noscript, template, nav, aside, form, iframe, svg, button, input, select, footer, menu";
    private static final Pattern BOILERPLATE = Pattern.compile(
            "(^|[\\s_-])(nav|navbar|menu|breadcrumbs?|footer|sidebar|ad|ads|advert\\w*|sponsor\\w*|promo\\w*|"
                    + "share|social|comments?|related|newsletter|cookie\\w*|subscribe|banner|popup|modal|"
                    + "skip-link|masthead|site-header|paywall|outbrain|taboola)($|[\\s_-])",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern ISO_DATE = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
    private static final int MIN_BODY_CHARS = 80;

    private ArticleExtractor() {}

    public static DocumentDraft extract(String html, String pageUrl) throws ParseException {
        Document page = Jsoup.parse(html, pageUrl);
        String url = pageUrl == null || pageUrl.isBlank() ? null : pageUrl;
        String canonical = canonicalUrl(page).orElse(url);
        String title = firstNonBlank(
                meta(page, "meta[property=og:title]"),
                page.select("article h1, h1").stream()
                        .map(Element::text)
                        .findFirst()
                        .orElse(null),
                page.title());
        String byline = firstNonBlank(
                meta(page, "meta[name=author]"),
                meta(page, "meta[property=article:author]"),
                text(page, "[itemprop=author]"),
                text(page, "[rel=author]"),
                text(page, ".byline, .author"));
        LocalDate published = date(firstNonBlank(
                        meta(page, "meta[property=article:published_time]"),
                        meta(page, "meta[itemprop=datePublished]"),
                        attr(page, "[itemprop=datePublished]", "datetime"),
                        meta(page, "meta[name=pubdate]"),
                        meta(page, "meta[name=publishdate]"),
                        meta(page, "meta[name=date]"),
                        meta(page, "meta[name=dc.date]"),
                        attr(page, "article time[datetime], time[datetime]", "datetime")))
                .orElse(null);
        String publisher = firstNonBlank(meta(page, "meta[property=og:site_name]"), meta(page, "meta[name=publisher]"));
        String language = page.selectFirst("html") == null
                ? null
                : page.selectFirst("html").attr("lang");

        Element body = page.body();
        if (body == null) {
            throw new ParseException("page has no body");
        }
        removeBoilerplate(body);
        Element main = mainElement(body);
        String text = HtmlText.blockText(main);
        if (text.length() < MIN_BODY_CHARS && main != body) {
            text = HtmlText.blockText(body);
        }
        if (title != null && text.startsWith(title)) {
            text = text.substring(title.length()).strip();
        }
        if (text.isBlank()) {
            throw new ParseException("no article text found");
        }
        return new DocumentDraft(
                url,
                canonical,
                title,
                byline,
                publisher,
                published,
                "text/html",
                text,
                DocumentKind.NEWS,
                language == null || language.isBlank() ? null : language,
                null);
    }

    private static void removeBoilerplate(Element body) {
        body.select(NOISE_TAGS).remove();
        for (Element header : body.select("header")) {
            if (header.closest("article") == null) {
                header.remove();
            }
        }
        body.select("[aria-hidden=true], [hidden], [role=navigation], [role=banner], [role=complementary]")
                .remove();
        body.select(".byline, .author, [rel=author], [itemprop=author], .dateline")
                .remove();
        for (Element time : body.select("time")) {
            if (time.text().length() < 40) {
                time.remove(); // a dateline: already kept as the publication date
            }
        }
        for (Element element : body.getAllElements()) {
            if (element == body || element.parent() == null) {
                continue;
            }
            String marker = element.className() + " " + element.id();
            if (!marker.isBlank()
                    && BOILERPLATE.matcher(marker).find()
                    && !element.normalName().equals("article")) {
                element.remove();
            }
        }
    }

    private static Element mainElement(Element body) {
        Elements explicit = body.select("[itemprop=articleBody], article, main, [role=main]");
        Optional<Element> longest =
                explicit.stream().max(Comparator.comparingInt(e -> e.text().length()));
        if (longest.isPresent() && longest.get().text().length() >= MIN_BODY_CHARS) {
            return longest.get();
        }
        Map<Element, Integer> scores = new HashMap<>();
        for (Element paragraph : body.select("p")) {
            Element parent = paragraph.parent();
            if (parent != null) {
                scores.merge(parent, paragraph.text().length(), Integer::sum);
            }
        }
        return scores.entrySet().stream()
                .max(Map.Entry.comparingByValue())
                .map(Map.Entry::getKey)
                .orElse(body);
    }

    private static Optional<String> canonicalUrl(Document page) {
        String href = page.select("link[rel=canonical]").attr("abs:href");
        if (href.isBlank()) {
            href = page.select("meta[property=og:url]").attr("abs:content");
        }
        return href.isBlank() || !(href.startsWith("http://") || href.startsWith("https://"))
                ? Optional.empty()
                : Optional.of(href);
    }

    static Optional<LocalDate> date(String value) {
        if (value == null) {
            return Optional.empty();
        }
        Matcher iso = ISO_DATE.matcher(value);
        if (iso.find()) {
            try {
                return Optional.of(LocalDate.parse(iso.group()));
            } catch (DateTimeParseException e) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    private static String meta(Document page, String selector) {
        Element element = page.selectFirst(selector);
        return element == null ? null : element.attr("content");
    }

    private static String attr(Document page, String selector, String attribute) {
        Element element = page.selectFirst(selector);
        return element == null ? null : element.attr(attribute);
    }

    private static String text(Document page, String selector) {
        Element element = page.selectFirst(selector);
        return element == null ? null : element.text().replaceFirst("(?i)^by\\s+", "");
    }

    private static String firstNonBlank(String... values) {
        for (String value : values) {
            if (value != null && !value.isBlank()) {
                return value.strip();
            }
        }
        return null;
    }
}
