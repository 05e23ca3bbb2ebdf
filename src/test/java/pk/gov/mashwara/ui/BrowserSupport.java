package pk.gov.mashwara.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.SearchContext;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

import pk.gov.mashwara.support.Chromium;

/**
 * Headless Chromium for the browser tests: the machine's own Chromium and ChromeDriver (no download), a fresh
 * profile each time, helpers that wait for Vaadin to settle, and screenshots under target/screenshots.
 */
final class BrowserSupport implements AutoCloseable {

    static final Path SCREENSHOTS = Path.of("target", "screenshots");

    final WebDriver driver;
    final WebDriverWait wait;
    private final Path profile;

    private BrowserSupport(WebDriver driver, Path profile) {
        this.driver = driver;
        this.profile = profile;
        this.wait = new WebDriverWait(driver, Duration.ofSeconds(30));
        // a part the server re-renders between finding an element and reading it is found again on the next try
        this.wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
    }

    static BrowserSupport start() throws IOException {
        var chromium = Chromium.find();
        Assumptions.assumeTrue(chromium.isPresent(),
                "Chromium and ChromeDriver are needed for browser tests (Debian: chromium chromium-driver)");
        var profile = Files.createTempDirectory("mashwara-chromium");
        return new BrowserSupport(chromium.get().start(profile), profile);
    }

    /** Waits until Vaadin has no request in flight. */
    void settle() {
        wait.until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                "return !!(window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients) && "
                        + "Object.values(window.Vaadin.Flow.clients).every(c => !c.isActive || !c.isActive())")));
    }

    WebElement find(By by) {
        return wait.until(d -> {
            var found = d.findElements(by);
            return found.isEmpty() ? null : found.getFirst();
        });
    }

    /** The first displayed element matching, e.g. an item of the overlay that is open now. */
    WebElement visible(By by) {
        return wait.until(d -> d.findElements(by).stream().filter(WebElement::isDisplayed).findFirst().orElse(null));
    }

    WebElement inShadow(WebElement host, String css) {
        SearchContext root = host.getShadowRoot();
        return wait.until(d -> {
            var found = root.findElements(By.cssSelector(css));
            return found.isEmpty() ? null : found.getFirst();
        });
    }

    void type(String hostCss, String text) {
        var input = find(By.cssSelector(hostCss + " input, " + hostCss + " textarea"));
        input.clear();
        input.sendKeys(text);
    }

    Path screenshot(String name) throws IOException {
        settle();
        Files.createDirectories(SCREENSHOTS);
        var target = SCREENSHOTS.resolve(name + ".png");
        Files.write(target, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        return target;
    }

    /** The browser console's messages since the last call. */
    java.util.List<String> console() {
        return driver.manage().logs().get(org.openqa.selenium.logging.LogType.BROWSER).getAll().stream()
                .map(e -> e.getLevel() + " " + e.getMessage()).toList();
    }

    Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    /** Runs a script that calls its last argument with its result (e.g. after a fetch). */
    Object asyncJs(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeAsyncScript(script, args);
    }

    @Override
    public void close() throws IOException {
        driver.quit();
        try (var files = Files.walk(profile)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
