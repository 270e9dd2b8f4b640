package org.pactwatch.ui.strategy;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.server.streams.DownloadHandler;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;

/** Links that download text made on demand (CSV, GraphML, JSON). */
final class Downloads {

    private Downloads() {}

    static Anchor link(String text, String fileName, String contentType, Supplier<String> content) {
        Anchor anchor = new Anchor(
                (DownloadHandler) event -> {
                    byte[] bytes = content.get().getBytes(StandardCharsets.UTF_8);
                    event.setFileName(fileName);
                    event.setContentType(contentType);
                    event.setContentLength(bytes.length);
                    event.getOutputStream().write(bytes);
                },
                text);
        anchor.getElement().setAttribute("download", true);
        anchor.addClassName("pw-download");
        return anchor;
    }
}
