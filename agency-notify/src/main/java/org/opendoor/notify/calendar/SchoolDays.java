package org.opendoor.notify.calendar;

import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.opendoor.calendar.WorkingCalendar;
import org.opendoor.production.ProductionRequirement;

/**
 * School days: the working days of the one calendar ({@link WorkingCalendar}: weekdays that are not bank
 * holidays) when schools are not closed ({@link SchoolTerms}, and configured closure days), starting at the
 * configured time. A production start needs both the bank holidays and the terms to cover the next
 * {@value WorkingCalendar#MONTHS_AHEAD} months.
 */
@ApplicationScoped
@Startup // the calendar's data files and the closure days are checked at start-up, not at the first incident
public class SchoolDays implements ProductionRequirement {
    private final WorkingCalendar calendar;
    private final SchoolTerms terms;
    private final String termsFile;
    private final Set<LocalDate> closedDays;
    private final LocalTime dayStartsAt;

    @Inject
    @SuppressWarnings("deprecation") // read only to refuse it
    public SchoolDays(WorkingCalendar calendar, SchoolCalendarConfig config) {
        this(calendar, SchoolTerms.load(config.termsFile()),
                config.termsFile().map(Object::toString).orElse(SchoolTerms.SHIPPED),
                Set.copyOf(config.closedDays().orElse(List.of())), config.dayStartsAt());
        if (config.zone().isPresent()) {
            throw new IllegalStateException("notify.school-calendar.zone is no longer read: school days are in the "
                    + "one time zone of every service; set opendoor.time.zone instead");
        }
    }

    public SchoolDays(WorkingCalendar calendar, Set<LocalDate> closedDays, LocalTime dayStartsAt) {
        this(calendar, SchoolTerms.load(java.util.Optional.empty()), SchoolTerms.SHIPPED, closedDays, dayStartsAt);
    }

    SchoolDays(WorkingCalendar calendar, SchoolTerms terms, String termsFile, Set<LocalDate> closedDays,
            LocalTime dayStartsAt) {
        this.calendar = calendar;
        this.terms = terms;
        this.termsFile = termsFile;
        this.closedDays = Set.copyOf(closedDays);
        this.dayStartsAt = dayStartsAt;
    }

    /**
     * Refused for production when the school terms run out within the next 12 months (the bank holidays are the
     * calendar's own requirement).
     */
    @Override
    public List<String> productionProblems(Instant now) {
        List<String> problems = new ArrayList<>();
        LocalDate needed = now.atZone(calendar.zone()).toLocalDate().plusMonths(WorkingCalendar.MONTHS_AHEAD);
        if (terms.knownUntil().isBefore(needed)) {
            problems.add("School terms (" + termsFile + ") are known only until " + terms.knownUntil()
                    + ", less than the next " + WorkingCalendar.MONTHS_AHEAD + " months (to " + needed
                    + "): set notify.school-calendar.terms-file to the partnership's newer term dates.");
        }
        return List.copyOf(problems);
    }

    /** Operation Encompass: the start of the first school day strictly after the day of {@code triagedAt}. */
    public Instant startOfNextSchoolDay(Instant triagedAt) {
        LocalDate day = triagedAt.atZone(calendar.zone()).toLocalDate().plusDays(1);
        while (!isSchoolDay(day)) {
            day = day.plusDays(1);
        }
        return day.atTime(dayStartsAt).atZone(calendar.zone()).toInstant();
    }

    public boolean isSchoolDay(LocalDate day) {
        return calendar.isWorkingDay(day) && !terms.isClosed(day) && !closedDays.contains(day);
    }
}
