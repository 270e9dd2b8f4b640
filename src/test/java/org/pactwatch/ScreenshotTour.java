package org.pactwatch;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Signs in to a running Pactwatch and saves a screenshot of each given route, for the docs:
 * {@code ScreenshotTour http://localhost:8080 admin PASSWORD docs/screenshots dashboard= deals=deals …}.
 */
public final class ScreenshotTour {

    private ScreenshotTour() {}

    public static void main(String[] args) throws Exception {
        if (args.length < 5) {
            System.err.println("usage: ScreenshotTour BASE_URL USER PASSWORD OUT_DIR NAME=ROUTE…");
            System.exit(2);
        }
        Path out = Files.createDirectories(Path.of(args[3]));
        try (Browser browser = new Browser(args[0])) {
            browser.login(args[1], args[2]);
            for (int i = 4; i < args.length; i++) {
                String[] shot = args[i].split("=", 2);
                browser.open("/" + shot[1]);
                Thread.sleep(2_500); // charts animate after the server round-trip has finished
                Files.move(
                        browser.screenshot(shot[0]),
                        out.resolve(shot[0] + ".png"),
                        StandardCopyOption.REPLACE_EXISTING);
                System.out.println("saved " + out.resolve(shot[0] + ".png"));
            }
        }
    }
}
