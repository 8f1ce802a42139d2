package org.opendoor.launcher.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** Clicks and types straight into elements, as a person with a mouse would. */
public final class Pointer implements Hands {
    private final Browser browser;

    public Pointer(Browser browser) {
        this.browser = browser;
    }

    @Override
    public void type(String id, String text) {
        WebElement field = browser.driver().findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    @Override
    public void choose(String id) {
        WebElement option = browser.driver().findElement(By.id(id));
        if (!option.isSelected()) {
            // GOV.UK styles the label, not the hidden-looking input; a person clicks the label
            browser.driver().findElement(By.cssSelector("label[for='" + id + "']")).click();
        }
    }

    @Override
    public void press(String css) {
        WebElement control = browser.find(css);
        browser.movingOn(control::click);
    }
}
