package org.opendoor.frontend.duty;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.opendoor.frontend.census.CodeList;
import org.opendoor.frontend.form.Option;

/**
 * The 22 CIN census source-of-referral codes (N00152) the correction form offers, from shared-model's code list
 * (copied in at build time, so there is one list). Triage checks the code again.
 */
@ApplicationScoped
public class SourceCodes {
    private static final String FILE = "cin/source-of-referral-codes.csv";
    private final List<Option> options;

    public SourceCodes() {
        CodeList codes = CodeList.csv(FILE);
        if (codes.options().size() != 22) {
            throw new IllegalStateException(FILE + ": expected the census's 22 codes, found " + codes.options().size());
        }
        this.options = codes.options();
    }

    public List<Option> options() {
        return options;
    }
}
