package org.opendoor.briefing.areas;

import java.util.List;

/**
 * What a briefing is about: a partnership (its authorities' figures added up, unless a partner sent one figure for
 * the whole partnership) or one authority. {@code partnership} is the partnership's code, for both kinds.
 */
public record Area(String code, String name, AreaKind kind, List<String> authorities, String partnership) {
    public Area {
        authorities = List.copyOf(authorities);
    }
}
