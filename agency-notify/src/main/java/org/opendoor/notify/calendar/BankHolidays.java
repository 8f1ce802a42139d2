package org.opendoor.notify.calendar;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** England and Wales bank holidays, from {@code calendar/bank-holidays-england-wales.csv} (date,name). */
public final class BankHolidays {
    public static final String FILE = "calendar/bank-holidays-england-wales.csv";
    private final Set<LocalDate> dates;

    public BankHolidays(Set<LocalDate> dates) {
        this.dates = Set.copyOf(dates);
    }

    public static BankHolidays fromClasspath() {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(FILE)) {
            if (in == null) {
                throw new IllegalStateException("Missing calendar file " + FILE);
            }
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static BankHolidays parse(List<String> lines) {
        Set<LocalDate> dates = new TreeSet<>();
        for (int i = 1; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank()) {
                continue;
            }
            String[] cols = line.split(",", 2);
            try {
                if (cols.length != 2 || cols[1].isBlank() || !dates.add(LocalDate.parse(cols[0]))) {
                    throw new IllegalStateException(FILE + " line " + (i + 1) + ": expected a new date,name");
                }
            } catch (DateTimeParseException e) {
                throw new IllegalStateException(FILE + " line " + (i + 1) + ": not an ISO date: " + cols[0]);
            }
        }
        return new BankHolidays(dates);
    }

    public boolean contains(LocalDate date) {
        return dates.contains(date);
    }

    /** The last date the file covers: deadlines beyond it would silently ignore holidays. */
    public LocalDate coveredUntil() {
        return dates.stream().max(LocalDate::compareTo).orElseThrow();
    }
}
