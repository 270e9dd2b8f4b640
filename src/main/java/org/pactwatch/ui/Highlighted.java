package org.pactwatch.ui;

import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.dom.Element;
import java.util.Comparator;
import java.util.List;

/**
 * Text with highlighted ranges, built from DOM text nodes and {@code <mark>} elements — never from an HTML
 * string, so neither the text nor a query can inject markup.
 */
final class Highlighted {

    /** A range to highlight: UTF-16 offsets, end exclusive. */
    record Range(int begin, int end) {}

    private Highlighted() {}

    static Span of(String text, List<Range> ranges) {
        Span span = new Span();
        append(span.getElement(), text == null ? "" : text, ranges, null);
        return span;
    }

    /** Appends the text to {@code parent}; each mark gets {@code markId + index} as id when markId is set. */
    static void append(Element parent, String text, List<Range> ranges, String markId) {
        int at = 0;
        int index = 0;
        for (Range r :
                ranges.stream().sorted(Comparator.comparingInt(Range::begin)).toList()) {
            int begin = Math.clamp(r.begin(), at, text.length());
            int end = Math.clamp(r.end(), begin, text.length());
            if (end <= begin) {
                continue;
            }
            if (begin > at) {
                parent.appendChild(Element.createText(text.substring(at, begin)));
            }
            Element mark = new Element("mark");
            mark.getClassList().add("pw-hl");
            if (markId != null) {
                mark.setAttribute("id", markId + index);
            }
            mark.setText(text.substring(begin, end));
            parent.appendChild(mark);
            index++;
            at = end;
        }
        if (at < text.length()) {
            parent.appendChild(Element.createText(text.substring(at)));
        }
    }
}
