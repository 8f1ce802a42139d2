package org.opendoor.triage.routing;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.opendoor.data.Required;
import org.opendoor.model.JsonDataFile;

/** The partnerships, their local authorities and each authority's duty team, loaded from a data file. */
public final class DutyTeams {
    private static final Pattern ONS_CODE = Pattern.compile("^[EWSN][0-9]{8}$");

    public record Partnership(String id, String name, String hubQueue, String ruleset) {
        public Partnership {
            Required.text(id, "id");
            Required.text(name, "name");
            Required.text(hubQueue, "hubQueue");
            Required.text(ruleset, "ruleset");
        }
    }

    /** An authority; its front door's name and phone numbers are optional. */
    public record Authority(String code, String name, String partnership, String team, String frontDoor,
            String phone, String outOfHoursPhone) {
        public Authority {
            if (!ONS_CODE.matcher(Required.text(code, "code")).matches()) {
                throw new IllegalArgumentException("code " + code + " is not an ONS code");
            }
            Required.text(name, "name");
            Required.text(partnership, "partnership");
            Required.text(team, "team");
        }
    }

    /** The file: {@code partnerships} and the {@code authorities} in them. */
    record Table(String source, List<Partnership> partnerships, List<Authority> authorities) {
        Table {
            partnerships = List.copyOf(Required.nonEmpty(partnerships, "partnerships"));
            authorities = List.copyOf(Required.nonEmpty(authorities, "authorities"));
            Set<String> ids = new HashSet<>();
            partnerships.forEach(p -> {
                if (!ids.add(p.id())) {
                    throw new IllegalArgumentException("partnership " + p.id() + " is listed twice");
                }
            });
            Set<String> codes = new HashSet<>();
            authorities.forEach(a -> {
                if (!ids.contains(a.partnership())) {
                    throw new IllegalArgumentException("authority " + a.code() + ": unknown partnership "
                            + a.partnership() + ", not one of " + ids);
                }
                if (!codes.add(a.code())) {
                    throw new IllegalArgumentException("authority " + a.code() + " is listed twice");
                }
            });
        }
    }

    private final Map<String, Partnership> partnerships = new LinkedHashMap<>();
    private final Map<String, Authority> authorities = new LinkedHashMap<>();

    public DutyTeams(String file, String content) {
        Table table = JsonDataFile.read(file, content, Table.class);
        table.partnerships().forEach(p -> partnerships.put(p.id(), p));
        table.authorities().forEach(a -> authorities.put(a.code(), a));
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
}
