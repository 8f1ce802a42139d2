package org.opendoor.frontend.staff;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Times as staff read them: UK local time (GMT or BST, whichever applies on the day), in words. A decision due
 * today reads "today at 16:40"; one past its deadline "overdue by 2 hours".
 */
@ApplicationScoped
@Named("ukTime")
public class UkTime {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.UK);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM", Locale.UK);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private final Clock clock;

    public UkTime(Clock clock) {
        this.clock = clock;
    }

    /** "2 December 2026 at 09:15". */
    public String at(Instant instant) {
        if (instant == null) {
            return "";
        }
        ZonedDateTime local = instant.atZone(clock.getZone());
        return DATE.format(local) + " at " + TIME.format(local);
    }

    /** A deadline from now: "overdue by 2 hours", "today at 16:40", "tomorrow at 17:00", "Friday 4 December at 17:00". */
    public String due(Instant due) {
        if (due == null) {
            return "";
        }
        Instant now = clock.instant();
        if (due.isBefore(now)) {
            return "overdue by " + span(Duration.between(due, now));
        }
        ZonedDateTime local = due.atZone(clock.getZone());
        LocalDate today = LocalDate.now(clock);
        LocalDate day = local.toLocalDate();
        String time = TIME.format(local);
        if (day.equals(today)) {
            return "today at " + time;
        }
        if (day.equals(today.plusDays(1))) {
            return "tomorrow at " + time;
        }
        return (day.getYear() == today.getYear() ? DAY.format(local) : DAY.format(local) + " " + day.getYear())
                + " at " + time;
    }

    private static String span(Duration overdue) {
        long minutes = Math.max(1, overdue.toMinutes());
        if (minutes < 60) {
            return plural(minutes, "minute");
        }
        long hours = overdue.toHours();
        if (hours < 48) {
            return plural(hours, "hour");
        }
        return plural(overdue.toDays(), "day");
    }

    private static String plural(long n, String unit) {
        return n + " " + unit + (n == 1 ? "" : "s");
    }
}
