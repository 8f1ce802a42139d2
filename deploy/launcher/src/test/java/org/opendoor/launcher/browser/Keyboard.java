package org.opendoor.launcher.browser;

import static org.assertj.core.api.Assertions.fail;

import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/**
 * The keyboard alone: Tab moves focus from wherever it is, arrow keys move within a radio group, Space ticks,
 * Enter follows a link or presses a button. Nothing is clicked, so a control that cannot be reached or worked by
 * keyboard fails the test (WCAG 2.1.1).
 */
public final class Keyboard implements Hands {
    private static final int MOST_TABS = 150;
    private final Browser browser;

    public Keyboard(Browser browser) {
        this.browser = browser;
    }

    @Override
    public void type(String id, String text) {
        tabTo(browser.driver().findElement(By.id(id)));
        // select what is there (Ctrl+A) and type over it
        new Actions(browser.driver()).keyDown(Keys.CONTROL).sendKeys("a").keyUp(Keys.CONTROL)
                .sendKeys(Keys.DELETE).sendKeys(text).perform();
    }

    @Override
    public void choose(String id) {
        WebElement option = browser.driver().findElement(By.id(id));
        if ("radio".equals(option.getDomAttribute("type"))) {
            // Tab stops once per radio group; the arrow keys then move to (and select) each radio in turn
            String group = option.getDomAttribute("name");
            tabToFirstOf("input[type=radio][name='" + group + "']");
            for (int i = 0; i < 20 && !active().equals(option); i++) {
                keys(Keys.ARROW_DOWN.toString());
            }
            if (!active().equals(option)) {
                fail("Could not reach radio " + id + " with the arrow keys");
            }
            if (!option.isSelected()) {
                keys(Keys.SPACE.toString());
            }
        } else {
            tabTo(option);
            if (!option.isSelected()) {
                keys(Keys.SPACE.toString());
            }
        }
    }

    @Override
    public void press(String css) {
        tabTo(browser.find(css));
        browser.movingOn(() -> keys(Keys.ENTER.toString()));
    }

    private void tabToFirstOf(String css) {
        for (int i = 0; i < MOST_TABS; i++) {
            WebElement focused = active();
            if (browser.all(css).contains(focused)) {
                return;
            }
            keys(Keys.TAB.toString());
        }
        fail("Tab never reached " + css + " on " + browser.url());
    }

    private void tabTo(WebElement target) {
        for (int i = 0; i < MOST_TABS; i++) {
            if (active().equals(target)) {
                return;
            }
            keys(Keys.TAB.toString());
        }
        fail("Tab never reached " + describe(target) + " on " + browser.url());
    }

    private WebElement active() {
        return browser.driver().switchTo().activeElement();
    }

    private void keys(CharSequence... keys) {
        new Actions(browser.driver()).sendKeys(keys).perform();
    }

    private static String describe(WebElement element) {
        return element.getTagName() + "#" + element.getDomAttribute("id") + " " + element.getText();
    }
}
