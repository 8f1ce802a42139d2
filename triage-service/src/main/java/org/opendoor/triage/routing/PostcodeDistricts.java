package org.opendoor.triage.routing;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.opendoor.model.EnglishAuthorities;
import org.opendoor.model.Json;

/**
 * The shipped district table: which authority a postcode district lies wholly or mainly in, and, for a district
 * that straddles a border, which other councils it reaches into ({@code sharedWith}, possibly outside the
 * partnerships).
 */
public final class PostcodeDistricts {
    private static final Set<String> FIELDS = Set.of("authority", "sharedWith");

    public record District(String district, String authority, List<String> sharedWith) {
        public District {
            sharedWith = List.copyOf(sharedWith);
        }

        public boolean shared() {
            return !sharedWith.isEmpty();
        }
    }

    private final Map<String, District> districts = new HashMap<>();

    public PostcodeDistricts(String file, String content, DutyTeams teams) {
        JsonNode root;
        try {
            root = Json.mapper().readTree(content);
        } catch (Exception e) {
            throw new IllegalStateException("District table " + file + " is not valid JSON: " + e.getMessage());
        }
        root.path("districts").fields().forEachRemaining(e -> {
            String district = e.getKey();
            if (Postcode.parse(district).map(p -> p.normalised() == null && p.district().equals(district))
                    .orElse(false) == Boolean.FALSE) {
                throw invalid(file, district, "not a postcode district");
            }
            String authority = e.getValue().path("authority").asText("");
            if (teams.authority(authority).isEmpty()) {
                throw invalid(file, district, "unknown authority '" + authority + "'");
            }
            e.getValue().fieldNames().forEachRemaining(f -> {
                if (!FIELDS.contains(f)) {
                    throw invalid(file, district, "unknown field '" + f + "'");
                }
            });
            List<String> sharedWith = new ArrayList<>();
            for (JsonNode other : e.getValue().path("sharedWith")) {
                if (EnglishAuthorities.shipped().find(other.asText()).isEmpty() || other.asText().equals(authority)) {
                    throw invalid(file, district, "sharedWith '" + other.asText() + "' is not another English "
                            + "authority of " + EnglishAuthorities.FILE);
                }
                sharedWith.add(other.asText());
            }
            districts.put(district, new District(district, authority, sharedWith));
        });
        if (districts.isEmpty()) {
            throw new IllegalStateException("District table " + file + " lists no districts");
        }
    }

    public Optional<District> find(String district) {
        return Optional.ofNullable(districts.get(district));
    }

    public boolean contains(String district) {
        return districts.containsKey(district);
    }

    private static IllegalStateException invalid(String file, String district, String message) {
        return new IllegalStateException("District table " + file + ", entry " + district + ": " + message);
    }
}
