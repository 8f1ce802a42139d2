package org.opendoor.proof.load;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Random;

/**
 * A realistic, repeatable stream of referrals: all four authenticated channels plus public reports, in roughly the
 * national proportions (police ~28%, schools ~21%), some children referred again, some police DASH-high incidents
 * for children at known schools. Every child's surname starts with {@value #CANARY} so log scans can find leaks.
 */
public final class ReferralMix {
    public static final String CANARY = "Canary";
    private static final List<String> POSTCODES = List.of("LE11 3TU", "LE1 5WW", "LE15 6RB", "DE1 2FS", "DE4 3AG",
            "LE9 6PL", "DE22 1AB", "S40 1LP");
    private static final List<String> SCHOOLS = List.of("100001", "100002", "100003", "200001", "200002");
    private static final List<String> SIGNS = List.of("YOUNG_CHILD_LEFT_ALONE", "CHILD_UNKEMPT",
            "CHILD_WITHDRAWN_OR_ANXIOUS", "AGGRESSIVE_SHOUTING", "SOUNDS_OF_VIOLENCE", "PROLONGED_CRYING",
            "RELATIVES_DENIED_CONTACT");

    private final Random random;
    private final int repeatPool;

    public ReferralMix(long seed, int repeatPool) {
        this.random = new Random(seed);
        this.repeatPool = repeatPool;
    }

    /** Who submits, where, and what. {@code path} is relative to intake's base URL; role is null for the public. */
    public record Submission(String channel, String role, String org, String path, String body) {
    }

    public synchronized Submission next() {
        int child = random.nextInt(100) < 22 ? random.nextInt(repeatPool) : repeatPool + random.nextInt(1_000_000);
        int roll = random.nextInt(100);
        if (roll < 28) {
            return police(child);
        } else if (roll < 49) {
            return school(child);
        } else if (roll < 64) {
            return new Submission("PHONE", "call_handler", "ORG:LEICESTERSHIRE-CONTACT-CENTRE", "/api/v1/referrals",
                    authenticated("PHONE", child, "\"indicators\": [\"" + sign() + "\"]", null,
                            "{\"name\": \"Caller\", \"relationshipToChild\": \"Neighbour\"}"));
        } else if (roll < 80) {
            return new Submission("PROFESSIONAL", "professional", "ORG:LPT-HEALTH-VISITING", "/api/v1/referrals",
                    authenticated("PROFESSIONAL", child, "\"indicators\": [\"CHILD_UNKEMPT\"]", null,
                            "{\"name\": \"HV\", \"role\": \"Health visitor\", \"organisationType\": \"HEALTH_VISITOR\", \"email\": \"hv@health.opendoor.local\"}"));
        }
        return publicReport(child);
    }

    private Submission school(int child) {
        return new Submission("SCHOOL", "school", "URN:" + schoolOf(child), "/api/v1/referrals",
                authenticated("SCHOOL", child, "\"indicators\": [\"" + sign() + "\"]", null,
                        "{\"name\": \"D. Lead\", \"role\": \"DSL\", \"email\": \"dsl@" + schoolOf(child)
                                + ".school.opendoor.local\"}"));
    }

    private Submission police(int child) {
        int score = random.nextInt(100) < 25 ? 14 + random.nextInt(6) : 1 + random.nextInt(13);
        String level = score >= 14 ? "HIGH" : score >= 10 ? "MEDIUM" : "STANDARD";
        Instant at = Instant.now().minus(2, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
        String police = "{\"incidentReference\": \"LP-" + Math.abs(random.nextLong() % 1_000_000) + "\", \"incidentAt\": \""
                + at + "\", \"dashRiskLevel\": \"" + level + "\", \"dashScore\": " + score
                + ", \"childrenPresent\": true, \"voiceOfChild\": \"Hid upstairs\", \"forceCode\": \"LEICS\"}";
        return new Submission("POLICE", "police", "FORCE:LEICS", "/api/v1/referrals",
                authenticated("POLICE", child, "\"categories\": [\"DOMESTIC_ABUSE\"]", police,
                        "{\"name\": \"PC Example\", \"role\": \"Officer\", \"email\": \"ppu@leics.police.opendoor.local\"}"));
    }

    private Submission publicReport(int child) {
        boolean danger = random.nextInt(100) < 5;
        String body = "{\"children\": [{\"name\": \"Kid" + child + " " + CANARY + child
                + "\", \"estimatedAgeYears\": " + (2 + child % 14) + ", \"address\": {\"postcode\": \""
                + postcodeOf(child) + "\"}}], \"concern\": {\"summary\": \"" + CANARY + " narrative " + child
                + "\", \"indicators\": [\"" + sign() + "\"], \"immediateDanger\": " + danger
                + "}, \"reporter\": {\"anonymous\": true}}";
        return new Submission("PUBLIC", null, null, "/api/v1/public/concerns", body);
    }

    private String authenticated(String source, int child, String concernExtra, String police, String referrer) {
        LocalDate dob = LocalDate.of(2010, 1, 1).plusDays(child % 5000);
        return "{\"source\": \"" + source + "\", \"children\": [{\"firstName\": \"Kid" + child + "\", \"lastName\": \""
                + CANARY + child + "\", \"dateOfBirth\": \"" + dob + "\", \"address\": {\"postcode\": \""
                + postcodeOf(child) + "\"}, \"schoolUrn\": \"" + schoolOf(child) + "\"}], \"concern\": {\"summary\": \""
                + CANARY + " narrative " + child + "\", " + concernExtra + ", \"immediateDanger\": "
                + (random.nextInt(100) < 3) + "}, \"referrer\": " + referrer
                + (police == null ? "" : ", \"police\": " + police) + "}";
    }

    private String sign() {
        return SIGNS.get(random.nextInt(SIGNS.size()));
    }

    private static String schoolOf(int child) {
        return SCHOOLS.get(child % SCHOOLS.size());
    }

    private static String postcodeOf(int child) {
        return POSTCODES.get(child % POSTCODES.size());
    }
}
