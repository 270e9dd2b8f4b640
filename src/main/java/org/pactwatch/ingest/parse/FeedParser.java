package org.pactwatch.ingest.parse;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import java.nio.charset.Charset;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.jsoup.Jsoup;

/** Reads RSS 2.0 and Atom feeds (Rome over a hardened DOM parser) into entries. */
public final class FeedParser {

    /** One feed entry: where the article lives and what the feed itself says about it. */
    public record FeedEntry(
            String link, String title, String author, LocalDate published, String text, String feedTitle) {}

    private FeedParser() {}

    public static List<FeedEntry> parse(byte[] bytes, Charset declared) throws ParseException {
        SyndFeed feed;
        try {
            SyndFeedInput input = new SyndFeedInput();
            input.setAllowDoctypes(false);
            feed = input.build(SecureXml.parse(bytes, declared));
        } catch (FeedException | IllegalArgumentException e) {
            throw new ParseException("not an RSS or Atom feed: " + e.getMessage(), e);
        }
        List<FeedEntry> entries = new ArrayList<>();
        for (SyndEntry entry : feed.getEntries()) {
            entries.add(new FeedEntry(
                    link(entry),
                    clean(entry.getTitle()),
                    clean(entry.getAuthor()),
                    date(entry.getPublishedDate() != null ? entry.getPublishedDate() : entry.getUpdatedDate()),
                    text(entry),
                    clean(feed.getTitle())));
        }
        return entries;
    }

    private static String link(SyndEntry entry) {
        if (entry.getLink() != null && !entry.getLink().isBlank()) {
            return entry.getLink().strip();
        }
        String uri = entry.getUri();
        return uri != null && (uri.startsWith("http://") || uri.startsWith("https://")) ? uri.strip() : null;
    }

    private static String text(SyndEntry entry) {
        StringBuilder html = new StringBuilder();
        for (SyndContent content : entry.getContents()) {
            if (content.getValue() != null) {
                html.append(content.getValue()).append('\n');
            }
        }
        if (html.isEmpty()
                && entry.getDescription() != null
                && entry.getDescription().getValue() != null) {
            html.append(entry.getDescription().getValue());
        }
        return html.isEmpty()
                ? ""
                : HtmlText.blockText(Jsoup.parseBodyFragment(html.toString()).body());
    }

    private static LocalDate date(Date date) {
        return date == null ? null : date.toInstant().atZone(ZoneOffset.UTC).toLocalDate();
    }

    private static String clean(String value) {
        if (value == null) {
            return null;
        }
        String text = Jsoup.parse(value).text().strip();
        return text.isEmpty() ? null : text;
    }
}
