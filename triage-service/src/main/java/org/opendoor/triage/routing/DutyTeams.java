package org.opendoor.triage.routing;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.opendoor.model.Json;

/** The partnerships, their local authorities and each authority's duty team, loaded from a data file. */
public final class DutyTeams {
    private static final Pattern ONS_CODE = Pattern.compile("^[EWSN][0-9]{8}$");

    public record Partnership(String id, String name, String hubQueue, String ruleset) {
    }

    public record Authority(String code, String name, String partnership, String team, String frontDoor,
            String phone, String outOfHoursPhone) {
    }

    private final Map<String, Partnership> partnerships = new LinkedHashMap<>();
    private final Map<String, Authority> authorities = new LinkedHashMap<>();

    public DutyTeams(String file, String content) {
        JsonNode root;
        try {
            root = Json.mapper().readTree(content);
        } catch (Exception e) {
            throw new IllegalStateException("Duty teams " + file + " is not valid JSON: " + e.getMessage());
        }
        for (JsonNode p : root.path("partnerships")) {
            String id = required(file, "partnership", p.path("id"));
            partnerships.put(id, new Partnership(id, required(file, id, p.path("name")),
                    required(file, id + ".hubQueue", p.path("hubQueue")), required(file, id + ".ruleset",
                            p.path("ruleset"))));
        }
        for (JsonNode a : root.path("authorities")) {
            String code = required(file, "authority", a.path("code"));
            if (!ONS_CODE.matcher(code).matches()) {
                throw new IllegalStateException("Duty teams " + file + ", authority " + code + ": not an ONS code");
            }
            String partnership = required(file, code + ".partnership", a.path("partnership"));
            if (!partnerships.containsKey(partnership)) {
                throw new IllegalStateException("Duty teams " + file + ", authority " + code
                        + ": unknown partnership " + partnership);
            }
            if (authorities.put(code, new Authority(code, required(file, code + ".name", a.path("name")), partnership,
                    required(file, code + ".team", a.path("team")), a.path("frontDoor").asText(null),
                    a.path("phone").asText(null), a.path("outOfHoursPhone").asText(null))) != null) {
                throw new IllegalStateException("Duty teams " + file + ": authority " + code + " is listed twice");
            }
        }
        if (authorities.isEmpty()) {
            throw new IllegalStateException("Duty teams " + file + " lists no authorities");
        }
    }

    public Optional<Authority> authority(String code) {
        return Optional.ofNullable(authorities.get(code));
    }

    public Optional<Partnership> partnership(String id) {
        return Optional.ofNullable(partnerships.get(id));
    }

    public Partnership partnershipOf(String authorityCode) {
        return partnerships.get(authorities.get(authorityCode).partnership());
    }

    public Map<String, Authority> authorities() {
        return authorities;
    }

    public Map<String, Partnership> partnerships() {
        return partnerships;
    }

    private static String required(String file, String entry, JsonNode node) {
        if (!node.isTextual() || node.asText().isBlank()) {
            throw new IllegalStateException("Duty teams " + file + ", entry " + entry + ": a value is required");
        }
        return node.asText();
    }
}
