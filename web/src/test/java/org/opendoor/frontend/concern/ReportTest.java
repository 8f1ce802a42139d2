package org.opendoor.frontend.concern;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.opendoor.frontend.councils.Council;

class ReportTest {
    static final Council LEICESTERSHIRE = new Council("E10000018", "Leicestershire", "First Response Children's Duty",
            "0116 305 0005", "0116 305 0005", "https://www.leicestershire.gov.uk/", true);
    static final Council LEICESTER = new Council("E06000016", "Leicester", "Children's Duty and Advice",
            "0116 454 1004", "0116 255 1606", null, true);

    @Test
    void theJourneyAsksEachQuestionInTurnAndNoneCanBeSkipped() {
        Report report = new Report();
        assertThat(report.firstUnanswered()).isEqualTo(Step.POSTCODE);
        assertThat(report.reached(Step.CHILDREN)).isFalse();
        report.postcode("LE11 3TU", List.of(LEICESTERSHIRE));
        assertThat(report.firstUnanswered()).isEqualTo(Step.IMMEDIATE_DANGER);
        report.immediateDanger(false);
        report.child(1, child("Amy"));
        report.seenOrHeard(seen());
        assertThat(report.firstUnanswered()).isEqualTo(Step.ABOUT_YOU);
        report.anonymous(false);
        assertThat(report.firstUnanswered()).isEqualTo(Step.YOUR_DETAILS);
        report.anonymous(true);
        assertThat(report.firstUnanswered()).isEqualTo(Step.CHECK_ANSWERS);
        assertThat(report.reached(Step.YOUR_DETAILS)).as("an anonymous person has no details page").isFalse();
    }

    @Test
    void aSharedDistrictWaitsForTheCouncilToBeChosen() {
        Report report = new Report();
        report.postcode("LE4 1AB", List.of(LEICESTER, LEICESTERSHIRE));
        assertThat(report.council()).isNull();
        assertThat(report.choose("E09000033")).as("not one of the district's councils").isFalse();
        assertThat(report.choose("E06000016")).isTrue();
        assertThat(report.council()).isEqualTo(LEICESTER);
        assertThat(report.firstUnanswered()).isEqualTo(Step.IMMEDIATE_DANGER);
    }

    @Test
    void everyChangedAnswerGetsANewSubmissionKeyAndNothingElseDoes() {
        Report report = complete();
        UUID key = report.submissionKey();
        assertThat(report.submissionKey()).isEqualTo(key);
        report.postcode("LE11 3TU", List.of(LEICESTERSHIRE));
        assertThat(report.submissionKey()).as("the same postcode again changes nothing").isEqualTo(key);
        report.child(1, child("Amy Example"));
        assertThat(report.submissionKey()).isNotEqualTo(key);
    }

    @Test
    void onceSentTheAnswersAreForgottenAndOnlyTheConfirmationIsKept() {
        Report report = complete();
        report.submitted(new Submitted("OD-2026-000123", LEICESTERSHIRE, false, null));
        assertThat(report.children()).isEmpty();
        assertThat(report.seenOrHeard()).isNull();
        assertThat(report.postcode()).isNull();
        assertThat(report.submitted().reference()).isEqualTo("OD-2026-000123");
    }

    @Test
    void atMostTenChildrenAndAChildCanBeRemoved() {
        Report report = complete();
        for (int n = 2; n <= Report.MOST_CHILDREN; n++) {
            report.child(n, child("Child " + n));
        }
        assertThat(report.children()).hasSize(10);
        report.removeChild(1);
        assertThat(report.children().get(0).name()).isEqualTo("Child 2");
    }

    static Report complete() {
        Report report = new Report();
        report.postcode("LE11 3TU", List.of(LEICESTERSHIRE));
        report.immediateDanger(false);
        report.child(1, child("Amy"));
        report.seenOrHeard(seen());
        report.anonymous(true);
        return report;
    }

    static ChildAnswers child(String name) {
        return new ChildAnswers(name, null, null, 6, null, null, "Loughborough", "LE11 3TU");
    }

    static SeenOrHeard seen() {
        return new SeenOrHeard(List.of(Sign.PROLONGED_CRYING), false, "Crying for hours.", LocalDate.of(2026, 11, 19),
                LocalTime.of(18, 30));
    }
}
