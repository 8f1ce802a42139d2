package org.opendoor.launcher.history;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.opendoor.data.Required;
import org.opendoor.model.JsonDataFile;

/**
 * The parameters of the demonstration history ({@value #SHIPPED}): what each authority's months look like, where
 * the numbers come from is in {@code source}.
 *
 * @param seed the seed when the command gives none
 * @param firstMonth the first month when the command gives none
 * @param baseYear the year whose average month {@link Authority#contactsPerMonth()} describes
 * @param growthPerYear how much every volume grows from one year to the next
 * @param dispersion coefficient of variation of contacts beyond chance (a negative binomial)
 * @param seasonal named factors per calendar month (January first), each averaging 1 over the year
 * @param lockdown named factors per month ({@code yyyy-MM}) on what is usual for that month; 1 where none is given
 */
public record HistoryModel(String source, long seed, YearMonth firstMonth, int baseYear, double growthPerYear,
        double dispersion, List<Authority> authorities, List<ContactSource> sources, List<ContactCategory> categories,
        Flows flows, List<PartnerMeasure> partners, Map<String, List<Double>> seasonal,
        Map<String, Map<String, Double>> lockdown) {
    public static final String SHIPPED = "history/demo-history.json";
    private static final double SEASONAL_MEAN_TOLERANCE = 0.005;

    public HistoryModel {
        Required.text(source, "source");
        Required.value(firstMonth, "firstMonth");
        Rates.check(growthPerYear, "growthPerYear");
        Rates.check(dispersion, "dispersion");
        authorities = List.copyOf(Required.nonEmpty(authorities, "authorities"));
        sources = List.copyOf(Required.nonEmpty(sources, "sources"));
        categories = List.copyOf(Required.nonEmpty(categories, "categories"));
        Required.value(flows, "flows");
        partners = List.copyOf(Required.nonEmpty(partners, "partners"));
        seasonal = Collections.unmodifiableMap(new LinkedHashMap<>(Required.nonEmpty(seasonal, "seasonal")));
        lockdown = Collections.unmodifiableMap(new LinkedHashMap<>(Required.nonEmpty(lockdown, "lockdown")));
        Shares.checkTotal(sources.stream().map(ContactSource::share).toList(), "the shares of sources");
        seasonal.forEach(HistoryModel::checkSeasonal);
        lockdown.forEach(HistoryModel::checkLockdown);
        for (ContactSource s : sources) {
            checkNamed(s.measure(), s.seasonal(), s.lockdown(), seasonal, lockdown);
        }
        for (ContactCategory c : categories) {
            checkNamed(c.measure(), c.seasonal(), c.lockdown(), seasonal, lockdown);
        }
        for (PartnerMeasure p : partners) {
            checkNamed(p.measure(), p.seasonal(), p.lockdown(), seasonal, lockdown);
        }
    }

    public static HistoryModel shipped() {
        return JsonDataFile.shipped(SHIPPED, HistoryModel.class);
    }

    public Authority authority(String code) {
        return authorities.stream().filter(a -> a.code().equals(code)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No authority " + code + " in " + SHIPPED));
    }

    private static void checkNamed(String measure, String seasonalName, String lockdownName,
            Map<String, List<Double>> seasonal, Map<String, Map<String, Double>> lockdown) {
        if (seasonalName != null && !seasonal.containsKey(seasonalName)) {
            throw new IllegalArgumentException(measure + ": no seasonal factors named " + seasonalName);
        }
        if (lockdownName != null && !lockdown.containsKey(lockdownName)) {
            throw new IllegalArgumentException(measure + ": no lockdown factors named " + lockdownName);
        }
    }

    private static void checkSeasonal(String name, List<Double> factors) {
        if (factors.size() != 12) {
            throw new IllegalArgumentException("seasonal " + name + " must give 12 months, not " + factors.size());
        }
        double mean = factors.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
        // the sizes and shares are of an average month: the seasons move months about it, never the year's total
        if (Math.abs(mean - 1) > SEASONAL_MEAN_TOLERANCE) {
            throw new IllegalArgumentException("seasonal " + name + " must average 1, not " + mean);
        }
    }

    private static void checkLockdown(String name, Map<String, Double> factors) {
        factors.forEach((month, factor) -> {
            try {
                YearMonth.parse(month);
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("lockdown " + name + ": " + month + " is not a month (yyyy-MM)");
            }
            if (!(factor >= 0)) {
                throw new IllegalArgumentException("lockdown " + name + " " + month + " must not be negative");
            }
        });
    }
}
