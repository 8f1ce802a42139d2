package org.opendoor.launcher.caseload;

import java.time.LocalDate;
import java.util.List;

/** One row of the demo caseload: a school's referral of a child with its census characteristics, and its decision. */
public record DemoCase(String key, String authority, String postcode, String firstName, String lastName,
        LocalDate dateOfBirth, String upn, String sex, String ethnicity, List<String> disabilities, String category,
        String outcome, String primaryNeed) {
}
