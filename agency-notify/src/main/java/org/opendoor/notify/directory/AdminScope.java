package org.opendoor.notify.directory;

import java.util.Map;
import java.util.Optional;

/**
 * Which directory entries a rules administrator may change, from the token's claims:
 * <ul>
 * <li>{@code la} (an authority's administrator): the entries of that authority;</li>
 * <li>{@code partnership} (a partnership's administrator): the entries of its authorities, of its hub (keyed by the
 * partnership), and the front doors of authorities outside every partnership (where its cases are transferred);</li>
 * <li>neither claim, or a claim naming no authority or partnership of the directory: nothing.</li>
 * </ul>
 * The {@link RecipientRules#PARTNERSHIP} entries (front-door operations for cases no authority or hub holds) belong to
 * no single authority or partnership, so nobody changes them through the API: they come from the data files only.
 * Deny by default: an entry is changeable only when a rule above says so.
 */
public record AdminScope(String la, String partnership) {

    public static AdminScope of(String la, String partnership) {
        return new AdminScope(blankToNull(la), blankToNull(partnership));
    }

    /** Whether an entry of this authority (an ONS code, a hub's key or {@code PARTNERSHIP}) may be changed. */
    public boolean mayChange(String localAuthority, Map<String, String> authorities, Partnerships partnerships) {
        if (localAuthority == null || RecipientRules.PARTNERSHIP.equals(localAuthority)) {
            return false;
        }
        if (la != null && authorities.containsKey(la) && la.equals(localAuthority)) {
            return true;
        }
        Optional<Partnership> own = partnership == null ? Optional.empty() : partnerships.byKey(partnership);
        if (own.isEmpty()) {
            return false;
        }
        if (own.get().key().equals(localAuthority) || own.get().authorities().contains(localAuthority)) {
            return true;
        }
        // a front door outside every partnership: not an authority, nor a hub, of the directory
        return !authorities.containsKey(localAuthority) && partnerships.byKey(localAuthority).isEmpty();
    }

    /** For the audit trail and the refusal: whose scope this is. */
    public String describe() {
        if (la == null && partnership == null) {
            return "no la or partnership claim";
        }
        return (la != null ? "la " + la : "") + (la != null && partnership != null ? ", " : "")
                + (partnership != null ? "partnership " + partnership : "");
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
