package org.opendoor.frontend.concern;

/** The questions of the journey, in order; each page that asks one lives at its path. */
public enum Step {
    POSTCODE("/report/postcode"),
    IMMEDIATE_DANGER("/report/immediate-danger"),
    CHILDREN("/report/children/1"),
    SEEN_OR_HEARD("/report/what-happened"),
    ABOUT_YOU("/report/about-you"),
    YOUR_DETAILS("/report/your-details"),
    CHECK_ANSWERS("/report/check-answers");

    private final String path;

    Step(String path) {
        this.path = path;
    }

    public String path() {
        return path;
    }
}
