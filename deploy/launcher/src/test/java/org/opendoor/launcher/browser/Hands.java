package org.opendoor.launcher.browser;

/** How a test person works the page: with a pointer, or with the keyboard alone. */
public interface Hands {
    /** Types into the text field (input or textarea) with this id, replacing what was there. */
    void type(String id, String text);

    /** Selects the radio, or ticks the checkbox, with this id. */
    void choose(String id);

    /** Activates the button or link the CSS selector finds (which moves to another page). */
    void press(String css);
}
