package org.opendoor.proof;

import java.util.List;
import java.util.Random;
import java.util.function.Function;

/**
 * Generates request bodies an endpoint must refuse: malformed JSON, wrong types, unknown fields, impossible values,
 * deep nesting, oversized text, unicode edge cases and injection strings in validated fields. Seeded, so a failing
 * case is reproducible from its number.
 */
final class HostileBodies {
    private static final List<String> NASTY = List.of(
            "'; DROP TABLE referral; --", "\" OR 1=1 --", "<script>alert(1)</script>", "${jndi:ldap://127.0.0.1/x}",
            "{{7*7}}", "../../etc/passwd", "\u0000", "\uD800", "\uFEFF\u202E", "🙂".repeat(50), "%00%0d%0a",
            "NaN", "-1", "1e309", "true", "null", "[]", "{}");

    private final Random random;
    private final String valid;

    HostileBodies(long seed, String validBody) {
        this.random = new Random(seed);
        this.valid = validBody;
    }

    /** One hostile body, with a short description of how it was spoiled. */
    record Case(String kind, String body) {
    }

    Case next() {
        List<Function<String, Case>> spoilers = List.of(
                b -> new Case("truncated JSON", b.substring(0, 1 + random.nextInt(b.length() - 1))),
                b -> new Case("not JSON", pick(NASTY)),
                b -> new Case("unknown field", b.replaceFirst("\\{", java.util.regex.Matcher.quoteReplacement("{\"" + field() + "\": 1, "))),
                b -> new Case("wrong type for children", b.replaceFirst("\"children\": \\[", "\"children\": \"x\", \"ignored\": [")),
                b -> new Case("nasty postcode", b.replaceFirst("\"postcode\": \"[^\"]*\"", "\"postcode\": " + java.util.regex.Matcher.quoteReplacement(quoted(pick(NASTY))))),
                b -> new Case("nasty date of birth", b.replaceFirst("\"dateOfBirth\": \"[^\"]*\"", "\"dateOfBirth\": " + java.util.regex.Matcher.quoteReplacement(quoted(pick(NASTY))))),
                b -> new Case("future date of birth", b.replaceFirst("\"dateOfBirth\": \"[^\"]*\"", "\"dateOfBirth\": \"2999-01-01\"")),
                b -> new Case("adult", b.replaceFirst("\"dateOfBirth\": \"[^\"]*\"", "\"dateOfBirth\": \"1990-01-01\"")),
                b -> new Case("nasty enum", b.replaceFirst("\"indicators\": \\[\"[A-Z_]+\"", "\"indicators\": [" + java.util.regex.Matcher.quoteReplacement(quoted(pick(NASTY))))),
                b -> new Case("no children", b.replaceFirst("\"children\": \\[.*?\\}\\}\\]", "\"children\": []")),
                b -> new Case("oversized summary", b.replaceFirst("\"summary\": \"", "\"summary\": \"" + "a".repeat(10_001))),
                b -> new Case("deep nesting", "{\"children\": " + "[".repeat(2_000) + "]".repeat(2_000) + "}"),
                b -> new Case("number for boolean", b.replaceFirst("\"immediateDanger\": (true|false)", "\"immediateDanger\": 12")),
                b -> new Case("null body parts", b.replaceFirst("\"concern\": \\{", "\"concern\": null, \"x\": {")),
                b -> new Case("duplicate keys with nesting", "{\"a\":" + "{\"a\":".repeat(300) + "1" + "}".repeat(300) + "}"));
        Case spoiled;
        do {
            // a spoiler whose target this body lacks leaves it valid; draw again
            spoiled = spoilers.get(random.nextInt(spoilers.size())).apply(valid);
        } while (spoiled.body().equals(valid));
        return spoiled;
    }

    private String field() {
        return pick(List.of("__proto__", "constructor", "submittingOrg", "referralId", "status", "org", "x"));
    }

    private String pick(List<String> values) {
        return values.get(random.nextInt(values.size()));
    }

    private static String quoted(String s) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.append('"').toString();
    }
}
