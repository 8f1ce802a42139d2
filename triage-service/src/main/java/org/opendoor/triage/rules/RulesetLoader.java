package org.opendoor.triage.rules;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.opendoor.model.Json;
import org.opendoor.model.Pathway;

/**
 * Reads and validates a ruleset data file. Anything the engine could misread (an unknown field, indicator,
 * category, pathway or flag, a level outside 1–4, a rule without explanation) fails with a message naming the
 * file and the rule, so a bad ruleset stops start-up instead of triaging wrongly.
 */
public final class RulesetLoader {
    private static final Set<String> TOP_LEVEL = Set.of("version", "partnership", "localAuthorities",
            "pathwayForLevel", "whenNothingMatches", "rules");

    private RulesetLoader() {
    }

    public static Ruleset parse(String file, String content) {
        JsonNode root;
        try {
            root = Json.mapper().readTree(content);
        } catch (JsonProcessingException e) {
            throw new RulesetInvalidException(file, null, "not valid JSON: " + e.getOriginalMessage());
        }
        if (root == null || !root.isObject()) {
            throw new RulesetInvalidException(file, null, "must be a JSON object");
        }
        root.fieldNames().forEachRemaining(name -> {
            if (!TOP_LEVEL.contains(name)) {
                throw new RulesetInvalidException(file, null, "unknown field '" + name + "'");
            }
        });
        String version = text(file, root, "version");
        String partnership = text(file, root, "partnership");
        List<String> authorities = new ArrayList<>();
        root.path("localAuthorities").forEach(la -> authorities.add(la.asText()));
        if (authorities.isEmpty()) {
            throw new RulesetInvalidException(file, null, "localAuthorities must name at least one authority");
        }
        Map<Integer, Pathway> pathwayForLevel = new TreeMap<>();
        JsonNode levels = root.path("pathwayForLevel");
        for (int level = 1; level <= 4; level++) {
            JsonNode p = levels.get(String.valueOf(level));
            if (p == null) {
                throw new RulesetInvalidException(file, null, "pathwayForLevel has no pathway for level " + level);
            }
            pathwayForLevel.put(level, pathway(file, p.asText()));
        }
        if (levels.size() != 4) {
            throw new RulesetInvalidException(file, null, "pathwayForLevel must have exactly the levels 1 to 4");
        }
        ThresholdRule fallback = rule(file, root.path("whenNothingMatches"), "whenNothingMatches");
        if (fallback.kind() != ThresholdRule.Kind.CONCERN || !fallback.when().isEmpty()) {
            throw new RulesetInvalidException(file, fallback.id(),
                    "whenNothingMatches needs a level, priority and pathway and no conditions");
        }
        JsonNode ruleNodes = root.path("rules");
        if (!ruleNodes.isArray() || ruleNodes.isEmpty()) {
            throw new RulesetInvalidException(file, null, "rules must be a non-empty list");
        }
        List<ThresholdRule> rules = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        int index = 0;
        for (JsonNode node : ruleNodes) {
            ThresholdRule rule = rule(file, node, "#" + (index++ + 1));
            if (!ids.add(rule.id())) {
                throw new RulesetInvalidException(file, rule.id(), "duplicate rule id");
            }
            rules.add(rule);
        }
        return new Ruleset(version, partnership, List.copyOf(authorities), Map.copyOf(pathwayForLevel), fallback,
                List.copyOf(rules));
    }

    private static ThresholdRule rule(String file, JsonNode node, String position) {
        String name = node.path("id").isTextual() ? node.path("id").asText() : position;
        ThresholdRule rule;
        try {
            rule = Json.mapper().treeToValue(node, ThresholdRule.class);
        } catch (UnrecognizedPropertyException e) {
            throw new RulesetInvalidException(file, name, "unknown field '" + e.getPropertyName() + "' at "
                    + path(e));
        } catch (InvalidFormatException e) {
            throw new RulesetInvalidException(file, name, "unknown value '" + e.getValue() + "' at " + path(e)
                    + (e.getTargetType().isEnum() ? "; allowed: " + List.of(e.getTargetType().getEnumConstants())
                            : ""));
        } catch (JsonMappingException e) {
            throw new RulesetInvalidException(file, name, "cannot read " + path(e) + ": " + e.getOriginalMessage());
        } catch (JsonProcessingException e) {
            throw new RulesetInvalidException(file, name, e.getOriginalMessage());
        }
        if (rule == null || rule.id() == null || rule.id().isBlank()) {
            throw new RulesetInvalidException(file, name, "every rule needs an id");
        }
        if (rule.explanation() == null || rule.explanation().isBlank()) {
            throw new RulesetInvalidException(file, name, "every rule needs a plain-English explanation");
        }
        if (rule.then() == null) {
            throw new RulesetInvalidException(file, name, "every rule needs a 'then'");
        }
        if (rule.when() == null) {
            rule = new ThresholdRule(rule.id(), rule.explanation(),
                    new Condition(null, null, null, null, null, null, null, null, null, null, null, null, null, null,
                            null, null), rule.then());
        }
        RuleOutcome then = rule.then();
        if (then.level() != null && then.raiseLevelBy() != null) {
            throw new RulesetInvalidException(file, name, "a rule sets a level or raises it, not both");
        }
        switch (rule.kind()) {
            case CONCERN -> {
                if (then.level() < 1 || then.level() > 4) {
                    throw new RulesetInvalidException(file, name, "level must be 1 to 4, not " + then.level());
                }
                if (then.priority() == null || then.pathway() == null) {
                    throw new RulesetInvalidException(file, name, "a rule that sets a level needs a priority and a pathway");
                }
            }
            case RAISE -> {
                if (then.raiseLevelBy() < 1 || then.raiseLevelBy() > 3) {
                    throw new RulesetInvalidException(file, name, "raiseLevelBy must be 1 to 3");
                }
            }
            case FLAGS -> {
                if (then.flags().isEmpty() && then.pathway() == null) {
                    throw new RulesetInvalidException(file, name, "the rule changes nothing: give a level, "
                            + "raiseLevelBy, flags or pathway");
                }
            }
        }
        if (rule.kind() != ThresholdRule.Kind.FLAGS && rule.when().testsLevel()) {
            throw new RulesetInvalidException(file, name, "only rules that add flags may test levelAtLeast");
        }
        if (rule.kind() == ThresholdRule.Kind.CONCERN && rule.when().isEmpty() && !position.equals("whenNothingMatches")) {
            throw new RulesetInvalidException(file, name, "a rule without conditions would fire for every referral");
        }
        return rule;
    }

    private static String path(JsonMappingException e) {
        return e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
    }

    private static String text(String file, JsonNode root, String field) {
        JsonNode node = root.get(field);
        if (node == null || !node.isTextual() || node.asText().isBlank()) {
            throw new RulesetInvalidException(file, null, "'" + field + "' is required");
        }
        return node.asText();
    }

    private static Pathway pathway(String file, String name) {
        try {
            return Pathway.valueOf(name);
        } catch (IllegalArgumentException e) {
            throw new RulesetInvalidException(file, null, "unknown pathway '" + name + "' in pathwayForLevel");
        }
    }
}
