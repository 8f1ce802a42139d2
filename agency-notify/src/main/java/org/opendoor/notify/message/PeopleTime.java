package org.opendoor.notify.message;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.opendoor.model.OpenDoorZone;

/**
 * Moments and dates as people in the UK read them, for the templates: {@code {inject:uk.time(notice.dueBy)}} is
 * "2 December 2026 at 09:30" in OpenDoor's zone ({@code opendoor.time.zone}: GMT or BST as the date falls, by
 * default), {@code {inject:uk.date(child.dateOfBirth)}} is "4 March 2018".
 */
@Named("uk")
@ApplicationScoped
public class PeopleTime {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private final DateTimeFormatter time;

    PeopleTime(OpenDoorZone zone) {
        this.time = DateTimeFormatter.ofPattern("d MMMM yyyy 'at' HH:mm", Locale.UK).withZone(zone.zone());
    }

    public String time(Instant at) {
        return at == null ? Notice.NOT_RECORDED : time.format(at);
    }

    public String date(LocalDate date) {
        return date == null ? Notice.NOT_RECORDED : DATE.format(date);
    }
}
