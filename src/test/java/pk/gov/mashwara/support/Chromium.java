package pk.gov.mashwara.support;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

import org.openqa.selenium.Dimension;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * The machine's own headless Chromium and ChromeDriver (nothing downloaded), started the same way for the browser
 * tests and for the benchmarks that drive a browser: a fresh profile each time, a fixed window size, English.
 */
public record Chromium(String browser, String driver) {

    /** What to install when they are missing. */
    public static final String MISSING = "Chromium and ChromeDriver were not found (/usr/bin/chromium, "
            + "/usr/bin/chromedriver; Debian: apt-get install chromium chromium-driver)";

    /** The machine's Chromium and ChromeDriver, if both are installed. */
    public static Optional<Chromium> find() {
        var browser = firstExecutable("/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome");
        var driver = firstExecutable("/usr/bin/chromedriver", "/usr/lib/chromium/chromedriver");
        return browser == null || driver == null ? Optional.empty() : Optional.of(new Chromium(browser, driver));
    }

    /** Starts a headless browser with its profile in {@code profile} (which the caller deletes after quitting). */
    public ChromeDriver start(Path profile) {
        var options = new ChromeOptions();
        options.setBinary(browser);
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--window-size=1400,900", "--lang=en-GB", "--user-data-dir=" + profile);
        // the browser's console, for tests that look for what it refused (e.g. Content-Security-Policy violations)
        options.setCapability("goog:loggingPrefs", Map.of("browser", "ALL"));
        var service = new ChromeDriverService.Builder().usingDriverExecutable(Path.of(driver).toFile()).build();
        var started = new ChromeDriver(service, options);
        started.manage().window().setSize(new Dimension(1400, 900));
        return started;
    }

    private static String firstExecutable(String... candidates) {
        for (var candidate : candidates) {
            if (Files.isExecutable(Path.of(candidate))) {
                return candidate;
            }
        }
        return null;
    }
}
