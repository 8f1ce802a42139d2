package org.opendoor.frontend.census;

import io.quarkus.qute.TemplateData;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * A CIN census collection year, named by the year it ends: 2027 is 1 April 2026 to 31 March 2027. "Now" is read
 * from the clock in OpenDoor's time zone (Europe/London), so the year turns at London's midnight on 1 April.
 */
@TemplateData
public record CollectionYear(int year) {
    /** How many years the page offers: this one and the four before (the DfE asks for corrections that far back). */
    static final int OFFERED = 5;

    public static CollectionYear current(Clock clock) {
        LocalDate today = LocalDate.now(clock);
        return new CollectionYear(today.getMonthValue() >= 4 ? today.getYear() + 1 : today.getYear());
    }

    /** The years the page offers, newest first. */
    public static List<CollectionYear> offered(Clock clock) {
        int now = current(clock).year();
        return IntStream.range(0, OFFERED).mapToObj(n -> new CollectionYear(now - n)).toList();
    }

    /** A year the page offers, as the form or an address gives it; empty for anything else. */
    public static Optional<CollectionYear> offered(String value, Clock clock) {
        if (value == null || !value.strip().matches("\\d{4}")) {
            return Optional.empty();
        }
        int year = Integer.parseInt(value.strip());
        return offered(clock).stream().filter(y -> y.year() == year).findFirst();
    }

    /** "1 April 2026 to 31 March 2027". */
    public String period() {
        return "1 April " + (year - 1) + " to 31 March " + year;
    }

    /** "2026 to 2027". */
    public String text() {
        return (year - 1) + " to " + year;
    }
}
