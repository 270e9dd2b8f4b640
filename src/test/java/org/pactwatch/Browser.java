package org.pactwatch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.SearchContext;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.util.FileSystemUtils;

/**
 * Headless Debian Chromium driven by Selenium, for browser tests. Never downloads a browser: it uses
 * /usr/bin/chromium and /usr/bin/chromedriver (found or installed by {@code ./pactwatch test}, which passes their paths as the
 * system properties {@code pactwatch.chromium} and {@code pactwatch.chromedriver}).
 */
public final class Browser implements AutoCloseable {

    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private final ChromeDriver driver;
    private final String baseUrl;
    private final Path profile;

    public Browser(String baseUrl) {
        this.baseUrl = baseUrl;
        try {
            profile = Files.createTempDirectory("pactwatch-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("pactwatch.chromium", "/usr/bin/chromium"));
        options.addArguments(
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--disable-dev-shm-usage",
                "--window-size=1440,1000",
                "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of(System.getProperty("pactwatch.chromedriver", "/usr/bin/chromedriver"))
                        .toFile())
                .build();
        driver = new ChromeDriver(service, options);
    }

    public ChromeDriver driver() {
        return driver;
    }

    public void open(String path) {
        driver.get(baseUrl + path);
        waitForVaadin();
    }

    /** Signs in through the login view and waits for the app shell. */
    public void login(String username, String password) {
        open("/login");
        WebElement form = waitFor(By.tagName("vaadin-login-form"));
        shadowOrLight(form, "input[name='username']").sendKeys(username);
        shadowOrLight(form, "input[name='password']").sendKeys(password);
        shadowOrLight(form, "vaadin-button[slot='submit'], button[type='submit'], vaadin-button")
                .click();
        waitUntil(d -> !d.getCurrentUrl().contains("/login") || isPresent(By.cssSelector("vaadin-login-form[error]")));
        waitForVaadin();
    }

    private WebElement shadowOrLight(WebElement host, String css) {
        List<WebElement> light = host.findElements(By.cssSelector(css));
        if (!light.isEmpty()) {
            return light.getFirst();
        }
        SearchContext shadow = host.getShadowRoot();
        return shadow.findElement(By.cssSelector(css));
    }

    public WebElement waitFor(By by) {
        return waitUntil(d -> {
            List<WebElement> found = d.findElements(by);
            return found.isEmpty() ? null : found.getFirst();
        });
    }

    public boolean isPresent(By by) {
        return !driver.findElements(by).isEmpty();
    }

    public <T> T waitUntil(java.util.function.Function<ChromeDriver, T> condition) {
        // Vaadin re-renders components after server round-trips; a condition that caught an element
        // being replaced is simply evaluated again.
        return new WebDriverWait(driver, Duration.ofSeconds(30))
                .ignoring(StaleElementReferenceException.class)
                .until(d -> condition.apply(driver));
    }

    /** Waits until Vaadin has no pending server round-trips. */
    public void waitForVaadin() {
        waitUntil(d -> (Boolean) ((JavascriptExecutor) d).executeScript("""
                if (document.readyState !== 'complete') return false;
                if (!window.Vaadin || !window.Vaadin.Flow || !window.Vaadin.Flow.clients) return true;
                return Object.values(window.Vaadin.Flow.clients)
                    .every(c => !c.isActive || !c.isActive());
                """));
    }

    public Object script(String js, Object... args) {
        return driver.executeScript(js, args);
    }

    /** Saves a PNG under target/screenshots and returns its path. */
    public Path screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Path target = SCREENSHOTS.resolve(name + ".png");
            Files.move(driver.getScreenshotAs(OutputType.FILE).toPath(), target, StandardCopyOption.REPLACE_EXISTING);
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
        try {
            FileSystemUtils.deleteRecursively(profile);
        } catch (IOException e) {
            throw new UncheckedIOException("could not remove the browser profile " + profile, e);
        }
    }
}
