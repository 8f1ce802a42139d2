package org.opendoor.triage.rules;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.opendoor.data.Required;
import org.opendoor.model.ConcernCategory;
import org.opendoor.model.Indicator;
import org.opendoor.model.JsonDataFile;

/**
 * The DfE Children in Need primary-need and factor code lists, and which codes each category and indicator
 * suggests, loaded from a data file and validated: an unknown category, indicator or code stops start-up.
 */
public final class CinCodes {
    private static final Suggests NOTHING = new Suggests(null, List.of());

    /** A census code and what it means (the description is for the reader of the file). */
    record Code(String code, String description) {
        Code {
            Required.text(code, "code");
        }
    }

    /** The codes a category or indicator suggests; both optional. */
    record Suggests(String primaryNeed, List<String> factors) {
        Suggests {
            factors = factors == null ? List.of() : List.copyOf(factors);
        }
    }

    record Suggestions(Map<ConcernCategory, Suggests> categories, Map<Indicator, Suggests> indicators,
            Suggests policeDomesticAbuseIncident) {
        Suggestions {
            categories = categories == null ? Map.of() : Map.copyOf(categories);
            indicators = indicators == null ? Map.of() : Map.copyOf(indicators);
            policeDomesticAbuseIncident = policeDomesticAbuseIncident == null ? NOTHING : policeDomesticAbuseIncident;
        }
    }

    /** The file: both code lists in census order, and the suggestions, which may use only codes of the lists. */
    record Lists(String source, List<Code> primaryNeeds, List<Code> factors, Suggestions suggestions) {
        Lists {
            primaryNeeds = List.copyOf(Required.nonEmpty(primaryNeeds, "primaryNeeds"));
            factors = List.copyOf(Required.nonEmpty(factors, "factors"));
            Required.value(suggestions, "suggestions");
            List<String> needs = codes("primaryNeeds", primaryNeeds);
            List<String> factorCodes = codes("factors", factors);
            suggestions.categories().forEach((category, s) -> check("suggestions.categories." + category, s, needs,
                    factorCodes));
            suggestions.indicators().forEach((indicator, s) -> check("suggestions.indicators." + indicator, s, needs,
                    factorCodes));
            check("suggestions.policeDomesticAbuseIncident", suggestions.policeDomesticAbuseIncident(), needs,
                    factorCodes);
        }

        private static List<String> codes(String list, List<Code> entries) {
            Set<String> seen = new HashSet<>();
            for (Code c : entries) {
                if (!seen.add(c.code())) {
                    throw new IllegalArgumentException(list + ": code " + c.code() + " is listed twice");
                }
            }
            return entries.stream().map(Code::code).toList();
        }

        private static void check(String entry, Suggests s, List<String> needs, List<String> factors) {
            if (s.primaryNeed() != null && !needs.contains(s.primaryNeed())) {
                throw new IllegalArgumentException(entry + ": unknown primary need " + s.primaryNeed());
            }
            for (String f : s.factors()) {
                if (!factors.contains(f)) {
                    throw new IllegalArgumentException(entry + ": unknown factor " + f);
                }
            }
        }
    }

    private final List<String> needOrder;
    private final List<String> factorOrder;
    private final Suggestions suggestions;

    public CinCodes(String file, String content) {
        Lists lists = JsonDataFile.read(file, content, Lists.class);
        this.needOrder = lists.primaryNeeds().stream().map(Code::code).toList();
        this.factorOrder = lists.factors().stream().map(Code::code).toList();
        this.suggestions = lists.suggestions();
    }

    /** The primary need codes (N00101), in census order. */
    public List<String> primaryNeeds() {
        return needOrder;
    }

    /** Primary need: the code highest in the DfE list among those suggested (N0 when none); factors in census order. */
    public CinSuggestion suggest(Collection<ConcernCategory> categories, Collection<Indicator> indicators,
            boolean policeDomesticAbuseIncident) {
        List<Suggests> all = new ArrayList<>();
        categories.forEach(c -> all.add(suggestions.categories().getOrDefault(c, NOTHING)));
        indicators.forEach(i -> all.add(suggestions.indicators().getOrDefault(i, NOTHING)));
        if (policeDomesticAbuseIncident) {
            all.add(suggestions.policeDomesticAbuseIncident());
        }
        String need = all.stream().map(Suggests::primaryNeed).filter(n -> n != null)
                .min(Comparator.comparingInt(needOrder::indexOf)).orElse("N0");
        Set<String> factors = new LinkedHashSet<>();
        all.forEach(s -> factors.addAll(s.factors()));
        return new CinSuggestion(need, factors.stream().sorted(Comparator.comparingInt(factorOrder::indexOf)).toList());
    }
}
