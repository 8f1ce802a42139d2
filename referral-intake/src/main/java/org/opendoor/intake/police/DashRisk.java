package org.opendoor.intake.police;

import java.util.Map;

/** The DASH risk checklist's shape: 27 questions, each answered YES, NO or NOT_KNOWN; the score counts the YESes. */
public final class DashRisk {
    public static final int QUESTIONS = 27;

    private DashRisk() {
    }

    public static boolean isQuestion(String number) {
        return number != null && number.matches("^([1-9]|1\\d|2[0-7])$");
    }

    public static long yesAnswers(Map<String, DashAnswer> answers) {
        return answers.values().stream().filter(a -> a == DashAnswer.YES).count();
    }
}
