package org.opendoor.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.opendoor.launcher.browser.Browser;
import org.opendoor.launcher.browser.Hands;

/**
 * One person's walk through the public "report a concern" journey, page by page. Each step checks it is on the
 * page it expects (by its heading), has the page screenshotted and checked by axe, then answers with the hands it
 * was given (pointer or keyboard alone).
 */
final class ReportWalk {
    /** A child as the person describes them; null parts are left empty. */
    record Child(String name, String description, String approximateAge, String[] dateOfBirth, String line1,
            String town) {
        static Child named(String name, String approximateAge) {
            return new Child(name, null, approximateAge, null, null, null);
        }
    }

    private final Browser browser;
    private final Hands hands;
    private final String prefix;

    ReportWalk(Browser browser, Hands hands, String prefix) {
        this.browser = browser;
        this.hands = hands;
        this.prefix = prefix;
    }

    Browser browser() {
        return browser;
    }

    ReportWalk start(String webUrl) {
        browser.open(webUrl + "/");
        on("start", "Report a concern about a child");
        assertThat(browser.find("main").getText()).contains("Their door is shut. Ours is open.")
                .contains("Very young children left on their own")
                .contains("Relatives not allowed to talk to the children by phone or video call")
                .contains("call 999 and ask for the police");
        assertThat(browser.find(".govuk-exit-this-page a").getText()).contains("Exit this page");
        hands.press("a.govuk-button--start");
        return this;
    }

    ReportWalk postcode(String postcode) {
        on("postcode", "What is the postcode where the child lives?");
        hands.type("postcode", postcode);
        hands.press("form button[type=submit]");
        return this;
    }

    /** The council page: the duty team's name and phone numbers, before going on. */
    ReportWalk council(String name, String phone) {
        on("council", name);
        assertThat(browser.find("main").getText()).contains(phone);
        hands.press("main a.govuk-button");
        return this;
    }

    ReportWalk whichCouncil(String optionId) {
        on("which-council", "Which council area does the child live in?");
        hands.choose(optionId);
        hands.press("form button[type=submit]");
        return this;
    }

    ReportWalk immediateDanger(boolean danger) {
        on("immediate-danger", "Is a child in immediate danger right now?");
        hands.choose(danger ? "danger" : "danger-2");
        hands.press("form button[type=submit]");
        return this;
    }

    ReportWalk call999() {
        on("call-999", "Call 999 now");
        hands.press(".govuk-panel a.govuk-button");
        return this;
    }

    /** Child {@code number}'s page; {@code another} presses "Add another child" instead of Continue. */
    ReportWalk child(int number, Child child, boolean another) {
        on("child-" + number, number == 1 ? "Tell us about the child" : "Tell us about child " + number);
        if (child.name() != null) {
            hands.type("name", child.name());
        }
        if (child.description() != null) {
            hands.type("description", child.description());
        }
        if (child.dateOfBirth() != null) {
            hands.type("date-of-birth-day", child.dateOfBirth()[0]);
            hands.type("date-of-birth-month", child.dateOfBirth()[1]);
            hands.type("date-of-birth-year", child.dateOfBirth()[2]);
        }
        if (child.approximateAge() != null) {
            hands.type("age", child.approximateAge());
        }
        if (child.line1() != null) {
            hands.type("line1", child.line1());
        }
        if (child.town() != null) {
            hands.type("town", child.town());
        }
        hands.press(another ? "button[value=add-another]" : "button[value=continue]");
        return this;
    }

    ReportWalk whatHappened(List<String> signIds, String account, String[] date, String time) {
        on("what-happened", "What did you see or hear?");
        signIds.forEach(hands::choose);
        hands.type("account", account);
        hands.type("when-day", date[0]);
        hands.type("when-month", date[1]);
        hands.type("when-year", date[2]);
        if (time != null) {
            hands.type("time", time);
        }
        hands.press("form button[type=submit]");
        return this;
    }

    ReportWalk anonymous() {
        on("about-you", "Do you want to tell us who you are?");
        hands.choose("identity-2");
        hands.press("form button[type=submit]");
        return this;
    }

    ReportWalk named(String name, String phone, String email, String relationshipId) {
        on("about-you", "Do you want to tell us who you are?");
        hands.choose("identity");
        hands.press("form button[type=submit]");
        on("your-details", "Your details");
        hands.type("name", name);
        if (phone != null) {
            hands.type("phone", phone);
        }
        if (email != null) {
            hands.type("email", email);
        }
        hands.choose(relationshipId);
        hands.press("form button[type=submit]");
        return this;
    }

    /** The check-answers page's text, for the test to read. */
    String checkAnswers() {
        on("check-answers", "Check your answers before sending your report");
        return browser.find("main").getText();
    }

    /** Sends the report; the confirmation's reference. */
    String send() {
        hands.press("form button[type=submit]");
        return confirmation();
    }

    String confirmation() {
        on("confirmation", "Report sent");
        String reference = browser.find("#reference").getText().strip();
        assertThat(reference).matches("OD-\\d{4}-\\d{6,}");
        return reference;
    }

    /** Asserts the page by its h1, then screenshots it and has axe check it. */
    void on(String page, String heading) {
        assertThat(browser.heading()).as("heading of the %s page (%s)", page, browser.url()).isEqualTo(heading);
        browser.check(prefix + "-" + page);
    }
}
