package org.opendoor.frontend.concern;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

/**
 * What the person saw or heard: the campaign's signs they noticed (perhaps "something else" too), their account in
 * their own words, and when, on a date and, if they know it, at a time of day.
 */
public record SeenOrHeard(List<Sign> signs, boolean somethingElse, String account, LocalDate date, LocalTime time) {
    public SeenOrHeard {
        signs = List.copyOf(signs);
    }

    /**
     * The moment for intake, read in the council's time zone. Without a time of day: midday, or now if that is
     * still to come today, because intake refuses a moment in the future.
     */
    public Instant observedAt(Clock clock, ZoneId zone) {
        Instant at = date.atTime(time == null ? LocalTime.NOON : time).atZone(zone).toInstant();
        Instant now = clock.instant();
        return at.isAfter(now) ? now : at;
    }
}
