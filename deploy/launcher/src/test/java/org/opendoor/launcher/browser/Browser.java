package org.opendoor.launcher.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's Chromium, headless, driven through Debian's chromedriver (never a downloaded browser or driver). Every
 * page a test looks at is screenshotted under {@code target/screenshots/} and checked by axe-core against WCAG 2.2
 * AA; any violation fails the test, naming the rule and the elements.
 */
public final class Browser implements AutoCloseable {
    public static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    public static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final List<String> WCAG_22_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

    private final boolean javaScript;
    private final ChromeDriver driver;
    private final Path profile;
    private Browser auditor;
    private final Path screenshots;
    private final AxeTally tally;
    private int shots;

    private Browser(boolean javaScript, Path screenshots, AxeTally tally) {
        assertThat(CHROMIUM).as("Chromium (apt-get install chromium chromium-driver; .ci/run does it)").exists();
        assertThat(CHROMEDRIVER).as("chromedriver (apt-get install chromium-driver)").exists();
        try {
            this.profile = Files.createTempDirectory("opendoor-chromium-");
            Files.createDirectories(screenshots);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--no-first-run", "--disable-sync", "--disable-dev-shm-usage",
                "--window-size=1280,1000", "--lang=en-GB", "--user-data-dir=" + profile);
        if (!javaScript) {
            options.setExperimentalOption("prefs", Map.of("profile.managed_default_content_settings.javascript", 2));
        }
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        this.driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        this.screenshots = screenshots;
        this.tally = tally;
        this.javaScript = javaScript;
    }

    public static Browser withJavaScript(Path screenshots, AxeTally tally) {
        return new Browser(true, screenshots, tally);
    }

    public static Browser withoutJavaScript(Path screenshots, AxeTally tally) {
        return new Browser(false, screenshots, tally);
    }

    public ChromeDriver driver() {
        return driver;
    }

    public void open(String url) {
        driver.get(url);
    }

    /**
     * Does what moves to another page (a click, Enter on a button) and waits until the next page has replaced
     * this one: a key press, unlike a navigation command, does not wait by itself.
     */
    public void movingOn(Runnable action) {
        WebElement page = find("html");
        action.run();
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(20));
        wait.until(d -> gone(page));
        wait.until(d -> "complete".equals(((ChromeDriver) d).executeScript("return document.readyState")));
    }

    /**
     * Whether the page an element belonged to has been replaced. Chromedriver usually says so with a stale-element
     * error, but when the old document is torn down mid-question it answers "Node ... does not belong to the
     * document" as a generic error, which means the same.
     */
    private static boolean gone(WebElement element) {
        try {
            element.isEnabled();
            return false;
        } catch (StaleElementReferenceException e) {
            return true;
        } catch (WebDriverException e) {
            if (String.valueOf(e.getMessage()).contains("does not belong to the document")) {
                return true;
            }
            throw e;
        }
    }

    public WebElement find(String css) {
        return driver.findElement(By.cssSelector(css));
    }

    public List<WebElement> all(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    public String title() {
        return driver.getTitle();
    }

    public String heading() {
        return find("h1").getText().strip();
    }

    public String url() {
        return driver.getCurrentUrl();
    }

    /** Screenshot, then axe: the page as the person sees it must have no WCAG 2.2 AA violation. */
    public void check(String name) {
        screenshot(name);
        Results results = new AxeBuilder().withTags(WCAG_22_AA).analyze(javaScript ? driver : auditCopy());
        assertThat(results.getErrorMessage()).as("axe ran on " + name).isNull();
        List<Rule> violations = results.getViolations();
        tally.count(name, violations.size());
        assertThat(violations).as("axe WCAG 2.2 AA violations on %s (%s):%n%s", name, url(), describe(violations))
                .isEmpty();
    }

    /**
     * axe needs JavaScript (its checks wait on timers), which this browser has off. So a second browser, with
     * JavaScript, takes this page's DOM as it stands, scripts removed so nothing changes it, on the same origin
     * (the same stylesheets, so contrast is judged as shown), and axe checks that copy.
     */
    private ChromeDriver auditCopy() {
        String dom = driver.getPageSource().replaceAll("(?is)<script\\b.*?</script>", "")
                .replaceFirst("(?i)^\\s*<!DOCTYPE[^>]*>", "");
        if (auditor == null) {
            auditor = new Browser(true, screenshots, tally);
        }
        URI page = URI.create(url());
        auditor.open(page.getScheme() + "://" + page.getAuthority() + "/cookies");
        auditor.driver().executeScript("document.open(); document.write(arguments[0]); document.close();",
                "<!DOCTYPE html>" + dom);
        new WebDriverWait(auditor.driver(), Duration.ofSeconds(10)).until(d -> Boolean.TRUE.equals(
                ((ChromeDriver) d).executeScript("return document.readyState === 'complete' && "
                        + "[...document.styleSheets].length >= 2")));
        return auditor.driver();
    }

    /** The whole page, not just the window, through the DevTools protocol (which works with JavaScript off). */
    public Path screenshot(String name) {
        @SuppressWarnings("unchecked")
        Map<String, Object> size = (Map<String, Object>) driver.executeCdpCommand("Page.getLayoutMetrics", Map.of())
                .get("cssContentSize");
        Map<String, Object> clip = Map.of("x", 0, "y", 0, "width", ((Number) size.get("width")).doubleValue(),
                "height", ((Number) size.get("height")).doubleValue(), "scale", 1);
        String png = (String) driver.executeCdpCommand("Page.captureScreenshot",
                Map.of("format", "png", "captureBeyondViewport", true, "clip", clip)).get("data");
        Path file = screenshots.resolve(String.format("%02d-%s.png", ++shots, name));
        try {
            Files.write(file, Base64.getDecoder().decode(png));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    private static String describe(List<Rule> violations) {
        return violations.stream().map(v -> "  " + v.getId() + " (" + v.getImpact() + "): " + v.getHelp() + " at "
                + v.getNodes().stream().map(n -> String.valueOf(n.getTarget())).collect(Collectors.joining(", ")))
                .collect(Collectors.joining("\n"));
    }

    @Override
    public void close() {
        if (auditor != null) {
            auditor.close();
        }
        driver.quit();
        deleteQuietly(profile.toFile());
    }

    private static void deleteQuietly(File dir) {
        File[] children = dir.listFiles();
        if (children != null) {
            for (File child : children) {
                deleteQuietly(child);
            }
        }
        dir.delete();
    }
}
