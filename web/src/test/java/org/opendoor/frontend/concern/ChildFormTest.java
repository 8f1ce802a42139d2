package org.opendoor.frontend.concern;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.opendoor.frontend.form.DateAnswer;

class ChildFormTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 20);

    @Test
    void aChildNeedsANameOrADescription() {
        Checked<ChildAnswers> checked = form("", "", DateAnswer.empty(), "").check(TODAY);
        assertThat(checked.errors().list()).extracting(e -> e.field() + ": " + e.message()).containsExactly(
                "name: Enter the child’s name, or describe them if you do not know their name");
    }

    @Test
    void aDescriptionIsEnoughWhenTheNameIsNotKnownAndTheAgeMayBeUnknownToo() {
        Checked<ChildAnswers> checked = form("", "Girl from number 4", DateAnswer.empty(), "").check(TODAY);
        assertThat(checked.valid()).isTrue();
        assertThat(checked.answer().name()).isNull();
        assertThat(checked.answer().label()).isEqualTo("Girl from number 4");
    }

    @Test
    void aDateOfBirthMustBeRealPastAndUnderEighteenYearsAgo() {
        assertThat(message(new DateAnswer("31", "2", "2020"))).isEqualTo("Date of birth must be a real date");
        assertThat(message(new DateAnswer("3", "", "2020"))).isEqualTo("Date of birth must include a month");
        assertThat(message(new DateAnswer("1", "1", "2027"))).isEqualTo("Date of birth must be today or in the past");
        assertThat(message(new DateAnswer("20", "11", "2008")))
                .isEqualTo("Date of birth must be less than 18 years ago: this service is for children");
        assertThat(form("Sam", "", new DateAnswer("21", "11", "2008"), "").check(TODAY).valid())
                .isTrue();
    }

    @Test
    void onlyTheMissingPartOfADateIsMarked() {
        var errors = form("Sam", "", new DateAnswer("3", "", "2020"), "").check(TODAY).errors();
        assertThat(errors.list().get(0).href()).isEqualTo("#date-of-birth-month");
        assertThat(errors.marks("date-of-birth", "month")).isTrue();
        assertThat(errors.marks("date-of-birth", "day")).isFalse();
    }

    @Test
    void anApproximateAgeIsAWholeNumberOfYearsUnderEighteen() {
        assertThat(ageMessage("six")).isEqualTo("Enter the child’s age as a number of years, like 6");
        assertThat(ageMessage("18")).isEqualTo("Age must be 17 or under: this service is for children");
        assertThat(form("Sam", "", DateAnswer.empty(), "0").check(TODAY).answer().approximateAge()).isZero();
    }

    @Test
    void aPostcodeIsOptionalButMustBeRealAndIsTidied() {
        ChildForm tidy = new ChildForm("Sam", "", DateAnswer.empty(), "", "", "", "", " le11  3tu ");
        assertThat(tidy.check(TODAY).answer().postcode()).isEqualTo("LE11 3TU");
        ChildForm wrong = new ChildForm("Sam", "", DateAnswer.empty(), "", "", "", "", "LE11");
        assertThat(wrong.check(TODAY).errors().of("postcode"))
                .isEqualTo("Enter a real postcode, like LE11 3TU, or leave it empty");
    }

    @Test
    void pastedControlCharactersAreDroppedBecauseIntakeRefusesThem() {
        ChildForm pasted = form("Sam\u0000 Smith\u000b", "", DateAnswer.empty(), "");
        assertThat(pasted.check(TODAY).answer().name()).isEqualTo("Sam Smith");
    }

    private static String message(DateAnswer dateOfBirth) {
        return form("Sam", "", dateOfBirth, "").check(TODAY).errors().of("date-of-birth");
    }

    private static String ageMessage(String age) {
        return form("Sam", "", DateAnswer.empty(), age).check(TODAY).errors().of("age");
    }

    private static ChildForm form(String name, String description, DateAnswer born, String age) {
        return new ChildForm(name, description, born, age, "", "", "", "");
    }
}
