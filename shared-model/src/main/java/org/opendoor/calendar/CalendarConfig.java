package org.opendoor.calendar;

import io.smallrye.config.ConfigMapping;
import java.nio.file.Path;
import java.util.Optional;

/** The one working-day calendar of every service: {@code opendoor.calendar.*}. */
@ConfigMapping(prefix = "opendoor.calendar")
public interface CalendarConfig {
    /**
     * An operator's bank-holiday file, in the format of the shipped {@value BankHolidays#SHIPPED}, that takes its
     * place (a newer year from GOV.UK). Checked at start-up like the shipped one.
     */
    Optional<Path> bankHolidaysFile();
}
