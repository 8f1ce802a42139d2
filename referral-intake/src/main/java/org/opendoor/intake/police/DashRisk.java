package org.opendoor.intake.police;

import java.util.Map;
import org.opendoor.model.DashRiskLevel;

/**
 * The DASH checklist's scoring (SafeLives): 14 or more "yes" answers is high risk, 10 to 13 medium, fewer
 * standard. Professional judgement may raise the level above what the score implies, never lower it.
 */
public final class DashRisk {
    public static final int QUESTIONS = 27;
    public static final int HIGH_FROM = 14;
    public static final int MEDIUM_FROM = 10;

    private DashRisk() {
    }

    public static DashRiskLevel impliedBy(int score) {
        return score >= HIGH_FROM ? DashRiskLevel.HIGH : score >= MEDIUM_FROM ? DashRiskLevel.MEDIUM : DashRiskLevel.STANDARD;
    }

    public static boolean lowerThanScoreAllows(DashRiskLevel level, int score) {
        return level.ordinal() < impliedBy(score).ordinal();
    }

    public static boolean isQuestion(String number) {
        return number != null && number.matches("^([1-9]|1\\d|2[0-7])$");
    }

    public static long yesAnswers(Map<String, DashAnswer> answers) {
        return answers.values().stream().filter(a -> a == DashAnswer.YES).count();
    }
}
