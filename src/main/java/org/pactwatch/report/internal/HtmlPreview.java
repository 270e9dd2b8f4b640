package org.pactwatch.report.internal;

import static org.springframework.web.util.HtmlUtils.htmlEscape;

import java.util.List;
import java.util.stream.Collectors;
import org.pactwatch.report.TieUpSummary;
import org.pactwatch.report.TieUpSummary.CircularFlow;
import org.pactwatch.report.TieUpSummary.Citation;
import org.pactwatch.report.TieUpSummary.Deal;
import org.pactwatch.report.TieUpSummary.OtherTieUp;
import org.pactwatch.report.TieUpSummary.Relationship;
import org.pactwatch.report.TieUpSummary.Source;
import org.pactwatch.report.TieUpSummary.TermFact;
import org.springframework.stereotype.Component;

/** The summary as one escaped HTML fragment (a single root element) for the Exports view's preview. */
@Component
class HtmlPreview {

    String render(TieUpSummary summary) {
        StringBuilder html = new StringBuilder("<div class=\"pw-tieup-preview\">");
        html.append("<p class=\"pw-scope\">")
                .append(esc(ReportText.scopeLine(summary)))
                .append("<br>Generated ")
                .append(esc(Formats.time(summary.generatedAt())))
                .append("</p>");
        if (summary.relationships().isEmpty()) {
            html.append("<p id=\"preview-empty\">No relationships in this scope and period.</p></div>");
            return html.toString();
        }
        html.append("<table class=\"pw-table\" id=\"preview-summary\"><thead><tr>")
                .append(th(
                        "Relationship",
                        "Deals",
                        "Unreviewed",
                        "Investment (USD)",
                        "Commitments (USD)",
                        "First",
                        "Last",
                        "Latest status"))
                .append("</tr></thead><tbody>");
        for (Relationship r : summary.relationships()) {
            html.append(tr(Formats.summaryRow(r)));
        }
        html.append("</tbody></table>");
        for (Relationship r : summary.relationships()) {
            relationship(html, r);
        }
        html.append("<h3>Sources</h3><ol class=\"pw-sources\">");
        for (Source s : summary.sources()) {
            html.append("<li id=\"source-")
                    .append(esc(s.key()))
                    .append("\"><b>")
                    .append(esc(s.key()))
                    .append("</b> ")
                    .append(esc(nullToEmpty(s.title())))
                    .append(" — ")
                    .append(esc(nullToEmpty(s.publisher())))
                    .append(", published ")
                    .append(esc(Formats.date(s.published())))
                    .append(", retrieved ")
                    .append(esc(Formats.time(s.retrieved())))
                    .append("<br><a href=\"")
                    .append(esc(nullToEmpty(s.url())))
                    .append("\" target=\"_blank\" rel=\"noopener noreferrer\">")
                    .append(esc(nullToEmpty(s.url())))
                    .append("</a><br><code>SHA-256 ")
                    .append(esc(nullToEmpty(s.sha256())))
                    .append("</code></li>");
        }
        html.append("</ol></div>");
        return html.toString();
    }

    private static void relationship(StringBuilder html, Relationship r) {
        html.append("<section class=\"pw-relationship\"><h3>")
                .append(esc(r.key()))
                .append("</h3>");
        html.append("<p>Parties: ")
                .append(esc(r.entities().stream()
                        .map(p -> p.name().equals(p.ultimateParent())
                                ? p.name()
                                : p.name() + " (→ " + p.ultimateParent() + ")")
                        .collect(Collectors.joining(", "))))
                .append("</p>");
        deals(html, "Investments", r.investments());
        deals(html, "Compute and cloud commitments", r.commitments());
        deals(html, "Partnerships", r.partnerships());
        facts(html, "Exclusivity and preferred status", r.exclusivity());
        facts(html, "Revenue sharing", r.revenueSharing());
        facts(html, "Governance", r.governance());
        facts(html, "Distribution and licensing", r.distribution());
        facts(html, "Other terms", r.otherTerms());
        if (!r.circularFlows().isEmpty()) {
            html.append("<h4>Circular flows</h4><ul>");
            for (CircularFlow f : r.circularFlows()) {
                html.append("<li>")
                        .append(esc(f.description()))
                        .append(" — deals ")
                        .append(esc(f.investmentDealIds() + " → " + f.commitmentDealIds()))
                        .append("</li>");
            }
            html.append("</ul>");
        }
        if (!r.pairedDeals().isEmpty()) {
            html.append("<h4>Paired deals (investment and commitment back)</h4><ul>");
            for (TieUpSummary.PairedDeals p : r.pairedDeals()) {
                html.append("<li>").append(esc(p.description())).append("</li>");
            }
            html.append("</ul>");
        }
        if (!r.otherTieUps().isEmpty()) {
            html.append("<h4>The parties' other tie-ups</h4><ul>");
            for (OtherTieUp o : r.otherTieUps()) {
                html.append("<li>").append(esc(ReportText.otherTieUp(o))).append("</li>");
            }
            html.append("</ul>");
        }
        html.append("</section>");
    }

    private static void deals(StringBuilder html, String title, List<Deal> deals) {
        if (deals.isEmpty()) {
            return;
        }
        html.append("<h4>")
                .append(esc(title))
                .append("</h4><table class=\"pw-table\"><thead><tr>")
                .append(th("Date", "Parties", "Amount", "Terms", "Status", "Sources"))
                .append("</tr></thead><tbody>");
        for (Deal d : deals) {
            String status =
                    d.status() + (d.unreviewed() ? " · UNREVIEWED" : "") + (d.cumulative() ? " · cumulative" : "");
            html.append("<tr id=\"deal-")
                    .append(d.id())
                    .append("\">")
                    .append(td(Formats.date(d.date())))
                    .append(td(ReportText.parties(d)))
                    .append(td(Formats.amount(d.amount()) + ReportText.tranches(d)))
                    .append(td(ReportText.termsLine(d)))
                    .append(td(status))
                    .append("<td>")
                    .append(citations(d.citations()))
                    .append("</td></tr>");
        }
        html.append("</tbody></table>");
    }

    private static void facts(StringBuilder html, String title, List<TermFact> facts) {
        if (facts.isEmpty()) {
            return;
        }
        html.append("<h4>").append(esc(title)).append("</h4><ul>");
        for (TermFact f : facts) {
            html.append("<li>")
                    .append(esc(ReportText.fact(f)))
                    .append(" (deal ")
                    .append(f.dealId())
                    .append(") ")
                    .append(f.citation() == null ? "" : citations(List.of(f.citation())))
                    .append("</li>");
        }
        html.append("</ul>");
    }

    private static String citations(List<Citation> citations) {
        return citations.stream()
                .map(c ->
                        "<span class=\"pw-cite\" title=\"" + esc(c.sentence()) + "\">[" + esc(c.source()) + "]</span>")
                .distinct()
                .collect(Collectors.joining(" "));
    }

    private static String th(String... cells) {
        StringBuilder out = new StringBuilder();
        for (String cell : cells) {
            out.append("<th>").append(esc(cell)).append("</th>");
        }
        return out.toString();
    }

    private static String tr(String... cells) {
        StringBuilder out = new StringBuilder("<tr>");
        for (String cell : cells) {
            out.append(td(cell));
        }
        return out.append("</tr>").toString();
    }

    private static String td(String cell) {
        return "<td>" + esc(cell) + "</td>";
    }

    private static String esc(String text) {
        return text == null ? "" : htmlEscape(text, "UTF-8");
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
