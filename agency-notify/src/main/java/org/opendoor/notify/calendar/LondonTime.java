package org.opendoor.notify.calendar;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** A moment as people in the UK read it: "2 December 2026 at 09:30", in UK local time (GMT or BST). */
public final class LondonTime {
    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("d MMMM yyyy 'at' HH:mm",
            Locale.UK).withZone(ZoneId.of("Europe/London"));

    private LondonTime() {
    }

    public static String of(Instant at) {
        return FORMAT.format(at);
    }
}
