package org.opendoor.frontend.concern;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.opendoor.frontend.councils.Council;

/** The report as the check-answers page lists it, each answer in words, with where to change it. */
public record ReportSummary(String postcode, Council council, String changeCouncil, String immediateDanger,
        List<Child> children, boolean canAddChild, String addChild, List<String> signs, String account, String when,
        String identity, ReporterDetails reporter) {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    /** One child's answers; {@code change} is its page. */
    public record Child(int number, String name, String description, List<String> age, List<String> address,
            String change) {
    }

    /** The page before this one: the person's details if they gave them, otherwise the anonymity question. */
    public String back() {
        return (reporter == null ? Step.ABOUT_YOU : Step.YOUR_DETAILS).path();
    }

    static ReportSummary of(Report report) {
        List<Child> children = new ArrayList<>();
        List<ChildAnswers> answers = report.children();
        for (int i = 0; i < answers.size(); i++) {
            ChildAnswers c = answers.get(i);
            children.add(new Child(i + 1, orNotKnown(c.name()), orNotKnown(c.description()), age(c), address(c),
                    ChildPage.path(i + 1)));
        }
        SeenOrHeard seen = report.seenOrHeard();
        List<String> signs = new ArrayList<>(seen.signs().stream().map(Sign::text).toList());
        if (seen.somethingElse()) {
            signs.add("Something else");
        }
        String when = day(seen.date()) + (seen.time() == null ? "" : " at " + seen.time());
        boolean anonymous = Boolean.TRUE.equals(report.anonymous());
        return new ReportSummary(report.postcode(), report.council(),
                report.councils().size() > 1 ? CouncilPages.WHICH_COUNCIL : Step.POSTCODE.path(),
                Boolean.TRUE.equals(report.immediateDanger()) ? "Yes" : "No", children,
                answers.size() < Report.MOST_CHILDREN, ChildPage.path(answers.size() + 1), signs, seen.account(), when,
                anonymous ? "No, I want to stay anonymous" : "Yes", anonymous ? null : report.reporter());
    }

    private static List<String> age(ChildAnswers c) {
        List<String> lines = new ArrayList<>();
        if (c.dateOfBirth() != null) {
            lines.add("Born " + day(c.dateOfBirth()));
        }
        if (c.approximateAge() != null) {
            lines.add("About " + c.approximateAge() + (c.approximateAge() == 1 ? " year old" : " years old"));
        }
        return lines.isEmpty() ? List.of("Not known") : lines;
    }

    private static List<String> address(ChildAnswers c) {
        List<String> lines = new ArrayList<>();
        for (String line : new String[] {c.line1(), c.line2(), c.town(), c.postcode()}) {
            if (line != null) {
                lines.add(line);
            }
        }
        return lines.isEmpty() ? List.of("Not known") : lines;
    }

    private static String orNotKnown(String value) {
        return value == null ? "Not known" : value;
    }

    static String day(LocalDate date) {
        return DAY.format(date);
    }
}
