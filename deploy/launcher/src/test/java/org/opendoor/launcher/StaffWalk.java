package org.opendoor.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.opendoor.infra.DemoRealm;
import org.opendoor.launcher.browser.Browser;
import org.opendoor.launcher.browser.Hands;

/**
 * A member of staff in the browser: signs in on Keycloak's own sign-in page (a real OpenID Connect authorization
 * code flow with PKCE, started by the web front end), moves between the staff pages, and signs out. Each page of
 * ours is screenshotted and checked by axe; Keycloak's sign-in page is Keycloak's, not checked here.
 */
final class StaffWalk {
    private final Browser browser;
    private final Hands hands;
    private final String web;
    private final String prefix;

    StaffWalk(Browser browser, Hands hands, String web, String prefix) {
        this.browser = browser;
        this.hands = hands;
        this.web = web;
        this.prefix = prefix;
    }

    Browser browser() {
        return browser;
    }

    /** Opens the staff pages, is sent to Keycloak, signs in as the demo user, and lands on their first page. */
    StaffWalk signIn(String username) {
        browser.open(web + "/staff");
        assertThat(browser.url()).as("sent to Keycloak to sign in").contains("/realms/opendoor/protocol/openid-connect/auth")
                .contains("code_challenge_method=S256");
        hands.type("username", username);
        hands.type("password", DemoRealm.load().user(username).password());
        hands.press("#kc-login");
        assertThat(browser.url()).as("back on the web front end").startsWith(web + "/staff/");
        assertThat(browser.find(".opendoor-signed-in").getText()).contains(DemoRealm.load().user(username).name());
        return this;
    }

    /** The staff navigation's links as shown, in order (Sign out last; its hidden rest names who signs out). */
    List<String> navigation() {
        return browser.all("#navigation a").stream().map(a -> a.getText().strip().lines().findFirst().orElse(""))
                .toList();
    }

    void open(String path) {
        browser.open(web + path);
    }

    /** Asserts the page by its h1, then screenshots it and has axe check it. */
    void on(String page, String heading) {
        assertThat(browser.heading()).as("heading of the %s page (%s)", page, browser.url()).isEqualTo(heading);
        browser.check(prefix + "-" + page);
    }

    /** The error summary lists exactly these messages, each linking to its field. */
    void errors(String page, String... messages) {
        assertThat(browser.find(".govuk-error-summary__title").getText()).isEqualTo("There is a problem");
        assertThat(browser.all(".govuk-error-summary__list a").stream().map(a -> a.getText().strip()).toList())
                .containsExactly(messages);
        assertThat(browser.title()).startsWith("Error: ");
        browser.check(prefix + "-" + page);
    }

    void press(String css) {
        hands.press(css);
    }

    void type(String id, String text) {
        hands.type(id, text);
    }

    void choose(String id) {
        hands.choose(id);
    }

    /** Sign out: the web session and Keycloak's end, and the signed-out page of ours shows. */
    void signOut() {
        hands.press("a[href='/staff/sign-out']");
        on("signed-out", "You have signed out");
        browser.open(web + "/staff");
        assertThat(browser.url()).as("Keycloak's session ended too: asked to sign in again")
                .contains("/realms/opendoor/protocol/openid-connect/auth");
    }
}
