package org.opendoor.triage.returns;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * A CIN census collection year, named by the year it ends: 2026 is 1 April 2025 to 31 March 2026, and its reference
 * date is 31 March 2026. Referral dates are London dates, so the window's instants are London midnights.
 */
public record CollectionYear(int year) {
    public static final ZoneId LONDON = ZoneId.of("Europe/London");
    static final int FIRST = 2000;
    static final int LAST = 2100;

    public CollectionYear {
        if (year < FIRST || year > LAST) {
            throw new IllegalArgumentException("a collection year between " + FIRST + " and " + LAST);
        }
    }

    public LocalDate start() {
        return LocalDate.of(year - 1, 4, 1);
    }

    /** The census reference date, 31 March of the year: the last day of the collection period. */
    public LocalDate referenceDate() {
        return LocalDate.of(year, 3, 31);
    }

    public Instant from() {
        return start().atStartOfDay(LONDON).toInstant();
    }

    /** The first instant after the period. */
    public Instant until() {
        return referenceDate().plusDays(1).atStartOfDay(LONDON).toInstant();
    }

    public boolean contains(LocalDate day) {
        return day != null && !day.isBefore(start()) && !day.isAfter(referenceDate());
    }

    /** The collection year a day falls in. */
    public static CollectionYear of(LocalDate day) {
        return new CollectionYear(day.getMonthValue() >= 4 ? day.getYear() + 1 : day.getYear());
    }
}
