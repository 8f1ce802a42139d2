package org.opendoor.briefing.areas;

import java.util.List;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Which areas a person may read and send figures for. An {@code analyst} works for a partnership (the token's
 * {@code partnership} claim): the partnership and its authorities. A {@code duty_manager} works for an authority
 * ({@code la}): that authority and its partnership. Nobody else reads briefings.
 */
public final class AreaAccess {
    public static final String ANALYST = "analyst";
    public static final String DUTY_MANAGER = "duty_manager";

    private AreaAccess() {
    }

    public static List<Area> readable(Areas areas, JsonWebToken token) {
        if (token.getGroups().contains(ANALYST)) {
            return submittable(areas, token);
        }
        if (token.getGroups().contains(DUTY_MANAGER)) {
            String la = token.getClaim("la");
            return areas.find(la).filter(a -> a.kind() == AreaKind.AUTHORITY)
                    .map(a -> List.of(areas.find(a.partnership()).orElseThrow(), a)).orElse(List.of());
        }
        return List.of();
    }

    /** The areas an analyst may send figures for: its partnership and the partnership's authorities. */
    public static List<Area> submittable(Areas areas, JsonWebToken token) {
        if (!token.getGroups().contains(ANALYST)) {
            return List.of();
        }
        String partnership = token.getClaim("partnership");
        return areas.all().stream().filter(a -> a.partnership().equals(partnership)).toList();
    }
}
