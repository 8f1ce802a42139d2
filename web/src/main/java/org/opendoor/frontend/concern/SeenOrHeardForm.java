package org.opendoor.frontend.concern;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.opendoor.frontend.form.Choices;
import org.opendoor.frontend.form.DateAnswer;
import org.opendoor.frontend.form.FormErrors;
import org.opendoor.frontend.form.Text;

/** The "what you saw or heard" page's fields, as typed. */
public record SeenOrHeardForm(List<String> signs, String account, DateAnswer when, String time) {
    static final String SOMETHING_ELSE = "SOMETHING_ELSE";
    static final int ACCOUNT_MAX = 10_000;
    private static final Pattern TIME = Pattern.compile("(\\d{1,2})(?:[:.](\\d{2}))?\\s*(am|pm)?");

    public SeenOrHeardForm {
        signs = signs == null ? List.of() : List.copyOf(signs);
        account = Text.trimmed(account);
        when = when == null ? DateAnswer.empty() : when;
        time = Text.trimmed(time);
    }

    static SeenOrHeardForm empty() {
        return new SeenOrHeardForm(List.of(), "", DateAnswer.empty(), "");
    }

    static SeenOrHeardForm of(SeenOrHeard a) {
        List<String> ticked = new ArrayList<>(a.signs().stream().map(Sign::name).toList());
        if (a.somethingElse()) {
            ticked.add(SOMETHING_ELSE);
        }
        return new SeenOrHeardForm(ticked, a.account(), DateAnswer.of(a.date()),
                a.time() == null ? "" : a.time().toString());
    }

    public boolean ticked(String option) {
        return signs.contains(option);
    }

    Checked<SeenOrHeard> check(LocalDateTime now) {
        FormErrors errors = FormErrors.none();
        List<Sign> noticed = signs.stream().map(s -> Choices.parse(Sign.class, s)).filter(s -> s != null).distinct()
                .toList();
        if (account.isEmpty()) {
            errors.add("account", "Tell us what you saw or heard");
        }
        ChildForm.tooLong(errors, "account", account, ACCOUNT_MAX, "What you saw or heard");
        LocalDate date = date(errors, now.toLocalDate());
        LocalTime at = time(errors);
        if (date != null && at != null && date.atTime(at).isAfter(now)) {
            errors.add("time", "The time must be in the past");
        }
        return Checked.of(new SeenOrHeard(noticed, signs.contains(SOMETHING_ELSE), account, date, at), errors);
    }

    private LocalDate date(FormErrors errors, LocalDate today) {
        if (when.blank()) {
            errors.add("when", "when-day", "Enter the date you saw or heard it");
            return null;
        }
        DateAnswer.Reading reading = when.read("The date you saw or heard it");
        if (!reading.valid()) {
            errors.addDatePart("when", reading.part(), reading.message());
            return null;
        }
        if (reading.date().isAfter(today)) {
            errors.add("when", "when-day", "The date you saw or heard it must be today or in the past");
            return null;
        }
        if (reading.date().isBefore(today.minusYears(18))) {
            errors.add("when", "when-day", "The date you saw or heard it must be in the last 18 years");
            return null;
        }
        return reading.date();
    }

    /** "18:30", "6.30pm", "6pm" and "0630" are all read; an empty answer means the person does not know. */
    private LocalTime time(FormErrors errors) {
        if (time.isEmpty()) {
            return null;
        }
        String typed = time.toLowerCase(Locale.ROOT).replace(" ", "");
        Matcher m = TIME.matcher(typed.matches("\\d{4}") ? typed.substring(0, 2) + ":" + typed.substring(2) : typed);
        if (m.matches()) {
            int hour = Integer.parseInt(m.group(1));
            int minute = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
            String half = m.group(3);
            if (half != null && hour >= 1 && hour <= 12) {
                hour = hour % 12 + (half.equals("pm") ? 12 : 0);
            } else if (half != null) {
                hour = -1;
            }
            if (hour >= 0 && hour <= 23 && minute <= 59) {
                return LocalTime.of(hour, minute);
            }
        }
        errors.add("time", "Enter a real time, like 18:30 or 6:30pm, or leave it empty");
        return null;
    }
}
