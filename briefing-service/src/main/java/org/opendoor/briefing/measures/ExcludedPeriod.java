package org.opendoor.briefing.measures;

import java.time.YearMonth;
import org.opendoor.data.Required;

/** Months left out of later months' baselines (a lockdown is not what is usual), from and to inclusive. */
public record ExcludedPeriod(YearMonth from, YearMonth to, String reason) {
    public ExcludedPeriod {
        Required.value(from, "from");
        Required.value(to, "to");
        Required.text(reason, "reason");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("to " + to + " is before from " + from);
        }
    }

    public boolean includes(YearMonth month) {
        return !month.isBefore(from) && !month.isAfter(to);
    }
}
