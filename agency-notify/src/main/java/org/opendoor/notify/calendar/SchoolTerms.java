package org.opendoor.notify.calendar;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.opendoor.data.Required;
import org.opendoor.model.JsonDataFile;

/**
 * When schools are closed besides weekends and bank holidays (half terms, holidays, closure days), as a data file:
 * shipped as {@value #SHIPPED}, replaceable by an operator's file in the same format without a rebuild
 * ({@code notify.school-calendar.terms-file}). {@code knownUntil} is the last day the file speaks for: after it every
 * working day counts as a school day (a notice is then due no later than it should be).
 *
 * @param source where the dates come from (for the reader of the file)
 * @param knownUntil the last day whose closures the file lists in full
 * @param closures closures, each from its first to its last day inclusive, none after {@code knownUntil}
 */
public record SchoolTerms(String source, LocalDate knownUntil, List<Closure> closures) {
    public static final String SHIPPED = "calendar/school-terms.json";

    /** Schools closed from {@code from} to {@code to}, both included. */
    public record Closure(LocalDate from, LocalDate to, String name) {
        public Closure {
            Required.value(from, "from");
            Required.value(to, "to");
            if (to.isBefore(from)) {
                throw new IllegalArgumentException("closure " + from + " to " + to + " ends before it starts");
            }
        }

        boolean includes(LocalDate day) {
            return !day.isBefore(from) && !day.isAfter(to);
        }
    }

    public SchoolTerms {
        Required.value(knownUntil, "knownUntil");
        closures = List.copyOf(Required.value(closures, "closures"));
        for (int i = 0; i < closures.size(); i++) {
            if (closures.get(i).to().isAfter(knownUntil)) {
                throw new IllegalArgumentException("closures[" + i + "] ends " + closures.get(i).to()
                        + ", after knownUntil " + knownUntil);
            }
        }
    }

    /** The operator's file when one is configured, else the shipped one. */
    public static SchoolTerms load(Optional<Path> operatorsFile) {
        return JsonDataFile.replaceable(SHIPPED, operatorsFile, SchoolTerms.class);
    }

    public boolean isClosed(LocalDate day) {
        return closures.stream().anyMatch(c -> c.includes(day));
    }
}
