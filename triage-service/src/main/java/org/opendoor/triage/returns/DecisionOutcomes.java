package org.opendoor.triage.returns;

import java.util.EnumMap;
import java.util.Map;
import org.opendoor.data.DataFile;
import org.opendoor.model.Pathway;

/** How each duty decision reads in the census, from {@value #FILE}; a missing or unknown outcome stops start-up. */
final class DecisionOutcomes {
    static final String FILE = "returns/decision-outcomes.csv";

    /** @param reasonForClosure null when the referral stays open */
    record Reading(boolean referralNfa, String reasonForClosure) {
    }

    private final Map<Pathway, Reading> readings;

    private DecisionOutcomes(Map<Pathway, Reading> readings) {
        this.readings = readings;
    }

    static DecisionOutcomes shipped() {
        DataFile file = DataFile.load(FILE, 3);
        Map<Pathway, Reading> readings = new EnumMap<>(Pathway.class);
        for (DataFile.Row row : file.rows()) {
            Pathway outcome;
            try {
                outcome = Pathway.valueOf(row.field(0));
            } catch (IllegalArgumentException e) {
                throw file.error(row, "unknown outcome " + row.field(0));
            }
            if (!row.field(1).equals("true") && !row.field(1).equals("false")) {
                throw file.error(row, "referralNfa must be true or false");
            }
            readings.put(outcome, new Reading(Boolean.parseBoolean(row.field(1)),
                    row.field(2).equals("-") ? null : row.field(2)));
        }
        for (Pathway p : Pathway.values()) {
            if (!readings.containsKey(p)) {
                throw new IllegalStateException(FILE + ": no row for outcome " + p);
            }
        }
        return new DecisionOutcomes(readings);
    }

    Reading of(Pathway outcome) {
        return readings.get(outcome);
    }
}
