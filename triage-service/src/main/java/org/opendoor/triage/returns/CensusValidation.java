package org.opendoor.triage.returns;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** Checks a census return against the DfE rules OpenDoor holds ({@link CensusRules}), before anything is exported. */
@ApplicationScoped
public class CensusValidation {
    private final CensusRules rules = CensusRules.shipped();

    public List<CensusFinding> validate(CensusReturn census) {
        return rules.validate(census);
    }
}
