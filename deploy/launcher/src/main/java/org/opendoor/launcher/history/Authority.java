package org.opendoor.launcher.history;

import org.opendoor.data.Required;

/**
 * One of the partnerships' authorities as the model sizes it.
 *
 * @param code ONS code, the briefing's area
 * @param contactsPerMonth contacts in an average month of the model's base year
 * @param decidedInTimeRate share of decisions made within one working day (each front door has its own)
 */
public record Authority(String code, String name, String partnership, double contactsPerMonth,
        double decidedInTimeRate) {
    public Authority {
        Required.text(code, "code");
        Required.text(name, "name");
        Required.text(partnership, "partnership");
        if (contactsPerMonth <= 0) {
            throw new IllegalArgumentException("contactsPerMonth of " + code + " must be positive");
        }
        Rates.check(decidedInTimeRate, "decidedInTimeRate of " + code);
    }
}
