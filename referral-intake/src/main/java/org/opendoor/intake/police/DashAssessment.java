package org.opendoor.intake.police;

import java.util.Map;
import org.opendoor.model.DashRiskLevel;

/** A DASH risk assessment as a police referral carries it. */
public interface DashAssessment {
    DashRiskLevel dashRiskLevel();

    Integer dashScore();

    /** Answers by question number "1".."27"; may be absent. */
    Map<String, DashAnswer> dashAnswers();
}
