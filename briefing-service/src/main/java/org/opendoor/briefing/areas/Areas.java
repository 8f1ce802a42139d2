package org.opendoor.briefing.areas;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.opendoor.model.EnglishAuthorities;

/** Every area a briefing can be about: each partnership, then its authorities. */
public final class Areas {
    private final Map<String, Area> byCode = new LinkedHashMap<>();

    public Areas(PartnershipsFile file, EnglishAuthorities authorities) {
        Set<String> seen = new HashSet<>();
        for (Partnership p : file.partnerships()) {
            if (byCode.containsKey(p.code())) {
                throw new IllegalArgumentException("partnership " + p.code() + " is listed twice");
            }
            byCode.put(p.code(), new Area(p.code(), p.name(), AreaKind.PARTNERSHIP, p.authorities(), p.code()));
        }
        for (Partnership p : file.partnerships()) {
            for (String code : p.authorities()) {
                if (!seen.add(code)) {
                    throw new IllegalArgumentException("authority " + code + " is in more than one partnership");
                }
                String name = authorities.find(code).map(EnglishAuthorities.Authority::name).orElseThrow(() ->
                        new IllegalArgumentException("partnership " + p.code() + " names " + code
                                + ", which is not an English children's services authority"));
                byCode.put(code, new Area(code, name, AreaKind.AUTHORITY, List.of(code), p.code()));
            }
        }
    }

    public Optional<Area> find(String code) {
        return Optional.ofNullable(code == null ? null : byCode.get(code));
    }

    public List<Area> all() {
        return new ArrayList<>(byCode.values());
    }

    /** The partnership an authority belongs to. */
    public Optional<Area> partnershipOf(String authority) {
        return find(authority).map(a -> byCode.get(a.partnership()));
    }
}
