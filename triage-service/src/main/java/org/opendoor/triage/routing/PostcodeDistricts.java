package org.opendoor.triage.routing;

import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.opendoor.data.DataFileInvalidException;
import org.opendoor.data.Required;
import org.opendoor.model.EnglishAuthorities;
import org.opendoor.model.JsonDataFile;

/**
 * The shipped district table: which authority a postcode district lies wholly or mainly in, and, for a district
 * that straddles a border, which other councils it reaches into ({@code sharedWith}, possibly outside the
 * partnerships).
 */
public final class PostcodeDistricts {

    public record District(String district, String authority, List<String> sharedWith) {
        public District {
            sharedWith = List.copyOf(sharedWith);
        }

        public boolean shared() {
            return !sharedWith.isEmpty();
        }
    }

    /** One entry of the file, keyed by its district. */
    record Listing(String authority, List<String> sharedWith) {
        Listing {
            Required.text(authority, "authority");
            sharedWith = sharedWith == null ? List.of() : List.copyOf(sharedWith);
            for (String other : sharedWith) {
                if (EnglishAuthorities.shipped().find(other).isEmpty() || other.equals(authority)) {
                    throw new IllegalArgumentException("sharedWith '" + other + "' is not another English authority "
                            + "of " + EnglishAuthorities.FILE);
                }
            }
        }
    }

    /** The file: {@code districts} by district ("LE1"). */
    record Table(String source, Map<String, Listing> districts) {
        Table {
            // in the file's order, so that the first wrong entry is the one reported
            districts = Collections.unmodifiableMap(new LinkedHashMap<>(Required.nonEmpty(districts, "districts")));
        }
    }

    private final Map<String, District> districts = new HashMap<>();

    public PostcodeDistricts(String file, String content, DutyTeams teams) {
        JsonDataFile.read(file, content, Table.class).districts().forEach((district, listing) -> {
            if (Postcode.parse(district).map(p -> p.normalised() == null && p.district().equals(district))
                    .orElse(false) == Boolean.FALSE) {
                throw new DataFileInvalidException(file, "districts." + district, "not a postcode district");
            }
            if (teams.authority(listing.authority()).isEmpty()) {
                throw new DataFileInvalidException(file, "districts." + district, "unknown authority '"
                        + listing.authority() + "', not one of " + teams.authorities().keySet());
            }
            districts.put(district, new District(district, listing.authority(), listing.sharedWith()));
        });
    }

    public Optional<District> find(String district) {
        return Optional.ofNullable(districts.get(district));
    }

    public boolean contains(String district) {
        return districts.containsKey(district);
    }
}
