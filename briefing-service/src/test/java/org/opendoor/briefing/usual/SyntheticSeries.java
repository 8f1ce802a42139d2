package org.opendoor.briefing.usual;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.apache.commons.math3.random.RandomDataGenerator;
import org.apache.commons.math3.random.Well19937c;

/** Generated monthly series of known shape: a count per working day times a multiplier per month. */
final class SyntheticSeries {
    private final RandomDataGenerator random;

    SyntheticSeries(long seed) {
        random = new RandomDataGenerator(new Well19937c(seed));
    }

    /** Weekdays of the month (bank holidays ignored): 20 to 23. */
    static int workingDays(YearMonth month) {
        int days = 0;
        for (LocalDate day = month.atDay(1); !day.isAfter(month.atEndOfMonth()); day = day.plusDays(1)) {
            if (day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY) {
                days++;
            }
        }
        return days;
    }

    /**
     * @param perDay     the mean count per working day
     * @param dispersion 1 for Poisson counts, above 1 for negative-binomial counts with that variance/mean ratio
     * @param multiplier the shape: the mean of each month is perDay × working days × multiplier
     */
    List<MonthlyCount> generate(YearMonth first, int months, double perDay, double dispersion,
            Function<YearMonth, Double> multiplier) {
        List<MonthlyCount> series = new ArrayList<>();
        for (int i = 0; i < months; i++) {
            YearMonth month = first.plusMonths(i);
            int days = workingDays(month);
            series.add(new MonthlyCount(month, draw(perDay * days * multiplier.apply(month), dispersion), days,
                    false));
        }
        return series;
    }

    List<MonthlyCount> flat(YearMonth first, int months, double perDay, double dispersion) {
        return generate(first, months, perDay, dispersion, month -> 1.0);
    }

    long draw(double mean, double dispersion) {
        if (dispersion == 1) {
            return random.nextPoisson(mean);
        }
        // A negative binomial as a gamma mixture of Poissons: size μ/(φ−1) gives variance φμ.
        double size = mean / (dispersion - 1);
        return random.nextPoisson(random.nextGamma(size, mean / size));
    }
}
