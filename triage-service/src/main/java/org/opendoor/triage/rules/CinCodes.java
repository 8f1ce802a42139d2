package org.opendoor.triage.rules;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.opendoor.model.ConcernCategory;
import org.opendoor.model.Indicator;
import org.opendoor.model.Json;

/**
 * The DfE Children in Need primary-need and factor code lists, and which codes each category and indicator
 * suggests, loaded from a data file and validated: an unknown category, indicator or code stops start-up.
 */
public final class CinCodes {
    private final List<String> needOrder = new ArrayList<>();
    private final List<String> factorOrder = new ArrayList<>();
    private final Map<ConcernCategory, Suggests> byCategory = new java.util.EnumMap<>(ConcernCategory.class);
    private final Map<Indicator, Suggests> byIndicator = new java.util.EnumMap<>(Indicator.class);
    private final Suggests policeDomesticAbuse;

    private record Suggests(String primaryNeed, List<String> factors) {
    }

    public CinCodes(String file, String content) {
        JsonNode root;
        try {
            root = Json.mapper().readTree(content);
        } catch (Exception e) {
            throw new IllegalStateException("Code list " + file + " is not valid JSON: " + e.getMessage());
        }
        root.path("primaryNeeds").forEach(n -> needOrder.add(n.path("code").asText()));
        root.path("factors").forEach(n -> factorOrder.add(n.path("code").asText()));
        if (needOrder.isEmpty() || factorOrder.isEmpty()) {
            throw new IllegalStateException("Code list " + file + " needs primaryNeeds and factors");
        }
        JsonNode suggestions = root.path("suggestions");
        suggestions.path("categories").fields().forEachRemaining(e -> byCategory.put(
                enumValue(file, ConcernCategory.class, e.getKey()), suggests(file, e.getKey(), e.getValue())));
        suggestions.path("indicators").fields().forEachRemaining(e -> byIndicator.put(
                enumValue(file, Indicator.class, e.getKey()), suggests(file, e.getKey(), e.getValue())));
        policeDomesticAbuse = suggests(file, "policeDomesticAbuseIncident",
                suggestions.path("policeDomesticAbuseIncident"));
    }

    /** Primary need: the code highest in the DfE list among those suggested (N0 when none); factors in census order. */
    public CinSuggestion suggest(Collection<ConcernCategory> categories, Collection<Indicator> indicators,
            boolean policeDomesticAbuseIncident) {
        List<Suggests> all = new ArrayList<>();
        categories.forEach(c -> add(all, byCategory.get(c)));
        indicators.forEach(i -> add(all, byIndicator.get(i)));
        if (policeDomesticAbuseIncident) {
            all.add(policeDomesticAbuse);
        }
        String need = all.stream().map(Suggests::primaryNeed).filter(n -> n != null)
                .min(Comparator.comparingInt(needOrder::indexOf)).orElse("N0");
        Set<String> factors = new LinkedHashSet<>();
        all.forEach(s -> factors.addAll(s.factors()));
        return new CinSuggestion(need, factors.stream().sorted(Comparator.comparingInt(factorOrder::indexOf)).toList());
    }

    private static void add(List<Suggests> all, Suggests s) {
        if (s != null) {
            all.add(s);
        }
    }

    private Suggests suggests(String file, String key, JsonNode node) {
        String need = node.hasNonNull("primaryNeed") ? node.get("primaryNeed").asText() : null;
        if (need != null && !needOrder.contains(need)) {
            throw new IllegalStateException("Code list " + file + ", entry " + key + ": unknown primary need " + need);
        }
        List<String> factors = new ArrayList<>();
        node.path("factors").forEach(f -> {
            if (!factorOrder.contains(f.asText())) {
                throw new IllegalStateException("Code list " + file + ", entry " + key + ": unknown factor "
                        + f.asText());
            }
            factors.add(f.asText());
        });
        return new Suggests(need, List.copyOf(factors));
    }

    private static <E extends Enum<E>> E enumValue(String file, Class<E> type, String name) {
        try {
            return Enum.valueOf(type, name);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("Code list " + file + ": unknown " + type.getSimpleName() + " " + name);
        }
    }
}
