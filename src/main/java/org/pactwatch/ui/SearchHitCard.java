package org.pactwatch.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.ArrayList;
import java.util.List;
import org.pactwatch.search.SearchResult;

/** One search hit: title link, facts, and snippets with the matched words marked. */
final class SearchHitCard {

    private SearchHitCard() {}

    static Div of(SearchResult.Hit hit) {
        Div card = new Div();
        card.addClassName("pw-hit");
        card.getElement().setAttribute("data-kind", hit.kind());
        card.getElement().setAttribute("data-id", String.valueOf(hit.id()));
        String title = hit.title() == null || hit.title().isBlank() ? "(untitled)" : hit.title();
        Anchor link;
        if ("deal".equals(hit.kind())) {
            link = new Anchor("deals/" + hit.id(), title);
        } else if (hit.url() != null && hit.url().matches("(?i)https?://.*")) {
            link = new Anchor(hit.url(), title, AnchorTarget.BLANK);
            link.getElement().setAttribute("rel", "noopener noreferrer");
        } else {
            link = new Anchor("documents/" + hit.id(), title);
        }
        link.addClassName("pw-hit-title");
        card.add(new Div(link));

        List<String> facts = new ArrayList<>();
        if (hit.date() != null) {
            facts.add(hit.date().toString());
        }
        if (hit.sourceKind() != null) {
            facts.add(hit.sourceKind());
        }
        facts.addAll(hit.types());
        facts.addAll(hit.statuses());
        if (hit.amountUsd() != null) {
            facts.add(Format.usd(hit.amountUsd()));
        }
        if (!hit.companies().isEmpty()) {
            facts.add(String.join(", ", hit.companies()));
        }
        Span meta = new Span(String.join(" · ", facts));
        meta.addClassName("pw-muted");
        card.add(new Div(meta));
        for (SearchResult.Snippet snippet : hit.snippets()) {
            Div line = new Div(Highlighted.of(
                    snippet.text(),
                    snippet.highlights().stream()
                            .map(s -> new Highlighted.Range(s.begin(), s.end()))
                            .toList()));
            line.addClassName("pw-snippet");
            card.add(line);
        }
        return card;
    }
}
