package org.opendoor.triage.routing;

/**
 * Where a referral goes. A shared district carries the authority it mainly lies in, provisionally, and goes to the
 * partnership hub for a person to confirm. A postcode that places nothing ({@link #outOfArea()}) has no queue: the
 * case then belongs to the front door it came in through ({@link FrontDoors}). {@code localAuthority} is null only
 * for a partnership hub that no authority owns yet.
 */
public record RoutingDecision(String localAuthority, String partnership, String queue, Basis basis) {

    public enum Basis {
        /** The operator's postcode directory placed the postcode in this authority. */
        POSTCODE_DIRECTORY,
        /** The district lies wholly or mainly in this authority. */
        DISTRICT,
        /** The district straddles a border: the partnership hub confirms the authority. */
        SHARED_DISTRICT,
        /** A full postcode the directory places outside the partnerships, or of a district the table does not list. */
        OUTSIDE_PARTNERSHIPS,
        /** No usable postcode: none, not a postcode, or a district alone that the table does not list. */
        UNKNOWN_AREA,
        /** Not placed by postcode: the council the person chose, or the authority of the person submitting. */
        FRONT_DOOR,
        /** Not placed by postcode: the authority of the referring organisation (a school's, say). */
        REFERRER,
        /** Not placed by postcode or by who referred: the partnership's hub decides, like any other case. */
        PARTNERSHIP_HUB
    }

    public boolean outOfArea() {
        return basis == Basis.OUTSIDE_PARTNERSHIPS || basis == Basis.UNKNOWN_AREA;
    }

    public boolean confirmAuthority() {
        return basis == Basis.SHARED_DISTRICT;
    }
}
