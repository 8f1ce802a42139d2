package org.opendoor.triage.rules;

import com.fasterxml.jackson.databind.DeserializationFeature;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.opendoor.data.DataFileInvalidException;
import org.opendoor.model.Json;
import org.opendoor.model.JsonDataFile;

/**
 * Reads a ruleset data file into a {@link Ruleset}, whose records check themselves. Anything the engine could
 * misread (an unknown field, indicator, category, pathway or flag, a level outside 1–4, a rule without explanation)
 * fails with a message naming the file, the rule and where in it, so a bad ruleset stops start-up instead of
 * triaging wrongly.
 */
public final class RulesetLoader {
    private static final Pattern RULE = Pattern.compile("^rules\\[(\\d+)\\]");

    /** Only the rules' ids, to name the rule a problem is in. */
    private record RuleIds(List<RuleId> rules, RuleId whenNothingMatches) {
    }

    private record RuleId(String id) {
    }

    private RulesetLoader() {
    }

    public static Ruleset parse(String file, String content) {
        try {
            return JsonDataFile.read(file, content, Ruleset.class);
        } catch (DataFileInvalidException e) {
            List<String> where = Stream.of(e.at().isEmpty() ? "" : "at " + e.at(),
                    e.line() > 0 ? "line " + e.line() : "").filter(w -> !w.isEmpty()).toList();
            String place = where.isEmpty() ? "" : " (" + String.join(", ", where) + ")";
            if (e.getCause() != null && e.getCause().getCause() instanceof InvalidRule rule) {
                throw new RulesetInvalidException(file, rule.rule(), rule.problem() + place);
            }
            throw new RulesetInvalidException(file, ruleAt(content, e.at()).orElse(null), e.problem() + place);
        }
    }

    /** The id of the rule at a JSON path ({@code rules[3].then}), or its position when it has none. */
    private static Optional<String> ruleAt(String content, String at) {
        Matcher m = RULE.matcher(at);
        boolean fallback = at.startsWith("whenNothingMatches");
        if (!m.find() && !fallback) {
            return Optional.empty();
        }
        int index = fallback ? -1 : Integer.parseInt(m.group(1));
        String position = fallback ? "whenNothingMatches" : "#" + (index + 1);
        try {
            RuleIds ids = Json.mapper().readerFor(RuleIds.class)
                    .without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).readValue(content);
            RuleId rule = fallback ? ids.whenNothingMatches() : ids.rules().get(index);
            return Optional.of(rule != null && rule.id() != null && !rule.id().isBlank() ? rule.id() : position);
        } catch (Exception unreadable) { // the ids cannot be read either: name the rule by its position
            return Optional.of(position);
        }
    }
}
