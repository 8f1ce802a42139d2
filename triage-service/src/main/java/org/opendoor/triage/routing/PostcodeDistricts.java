package org.opendoor.triage.routing;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.opendoor.model.Json;

/** The shipped district table: which authority a postcode district lies wholly or mainly in, and whether it is shared. */
public final class PostcodeDistricts {
    public record District(String district, String authority, boolean shared) {
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
                throw new IllegalStateException("District table " + file + ", entry " + district
                        + ": not a postcode district");
            }
            String authority = e.getValue().path("authority").asText("");
            if (teams.authority(authority).isEmpty()) {
                throw new IllegalStateException("District table " + file + ", entry " + district
                        + ": unknown authority '" + authority + "'");
            }
            e.getValue().fieldNames().forEachRemaining(f -> {
                if (!f.equals("authority") && !f.equals("shared")) {
                    throw new IllegalStateException("District table " + file + ", entry " + district
                            + ": unknown field '" + f + "'");
                }
            });
            districts.put(district, new District(district, authority, e.getValue().path("shared").asBoolean(false)));
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
}
