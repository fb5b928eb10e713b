package dev.latchkey.web.it;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The API explorer at /docs in a real headless Chromium (Debian's, driven by its chromedriver): Swagger UI
 * loads the document, Authorize takes a bearer token, and "Try it out" calls GET /api/auth/me from the page.
 */
class ExplorerBrowserIT {

    WebDriver browser;

    @BeforeEach
    void open() throws Exception {
        Path chromium = Path.of(System.getenv().getOrDefault("CHROMIUM", "/usr/bin/chromium"));
        Path driver = Path.of(System.getenv().getOrDefault("CHROMEDRIVER", "/usr/bin/chromedriver"));
        assertTrue(Files.isExecutable(chromium) && Files.isExecutable(driver),
                "a real browser is needed: install Debian's chromium and chromium-driver (./latchkey test does as root)");
        ChromeOptions options = new ChromeOptions().setBinary(chromium.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--window-size=1400,2400",
                "--user-data-dir=" + Files.createTempDirectory("latchkey-chromium"));
        browser = new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(new File(driver.toString())).build(), options);
    }

    @AfterEach
    void close() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void theExplorerAuthorizesAndCallsTheApiFromThePage() throws Exception {
        People.Person person = People.confirmedQuickly();
        String access = People.accessToken(person);
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        browser.get(Api.URL + "/docs/");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".swagger-ui .info .title")));
        assertTrue(browser.findElement(By.cssSelector(".swagger-ui .info .title")).getText().contains("Latchkey"));
        assertTrue(browser.getPageSource().contains("/api/accounts"), "the routes are listed");

        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".swagger-ui button.authorize"))).click();
        WebElement bearer = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.xpath("//div[contains(@class,'modal-ux')]//div[contains(@class,'auth-container')][.//h4[contains(.,'bearerAuth')]]")));
        bearer.findElement(By.cssSelector("input")).sendKeys(access);
        bearer.findElement(By.cssSelector("button.modal-btn.auth.authorize")).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".modal-ux button.btn-done"))).click();

        WebElement operation = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("operations-Sign-in-getMe")));
        operation.findElement(By.cssSelector(".opblock-summary")).click();
        wait.until(ExpectedConditions.elementToBeClickable(operation.findElement(By.cssSelector("button.try-out__btn")))).click();
        wait.until(ExpectedConditions.elementToBeClickable(operation.findElement(By.cssSelector("button.execute")))).click();
        WebElement status = wait.until(ExpectedConditions.presenceOfNestedElementLocatedBy(operation,
                By.cssSelector(".live-responses-table tbody .response-col_status")));
        assertEquals("200", status.getText().strip(), "the call from the page answered");
        assertTrue(operation.findElement(By.cssSelector(".live-responses-table tbody .response-col_description")).getText()
                .contains(person.email()), "the signed-in account came back");
    }
}
