package org.opendoor.frontend.councils;

import java.util.List;

/** triage-service's answer for a postcode: none, one, or (in a district two councils share) several councils. */
public record CouncilsAnswer(String postcode, List<Council> councils, String findYourCouncil) {
    public CouncilsAnswer {
        councils = councils == null ? List.of() : List.copyOf(councils);
    }
}
