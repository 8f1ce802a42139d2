package org.opendoor.triage.routing;

/**
 * Where a referral goes. {@code localAuthority} is null only out of area; a shared district carries the
 * authority it mainly lies in, provisionally, and goes to the partnership hub for a person to confirm.
 */
public record RoutingDecision(String localAuthority, String partnership, String queue, Basis basis) {

    public enum Basis {
        /** The operator's postcode directory placed the postcode in this authority. */
        POSTCODE_DIRECTORY,
        /** The district lies wholly or mainly in this authority. */
        DISTRICT,
        /** The district straddles a border: the partnership hub confirms the authority. */
        SHARED_DISTRICT,
        /** The postcode is known to lie outside the partnerships. */
        OUTSIDE_PARTNERSHIPS,
        /** No usable postcode, or a district we do not know. */
        UNKNOWN_AREA
    }

    public boolean outOfArea() {
        return basis == Basis.OUTSIDE_PARTNERSHIPS || basis == Basis.UNKNOWN_AREA;
    }

    public boolean confirmAuthority() {
        return basis == Basis.SHARED_DISTRICT;
    }
}
