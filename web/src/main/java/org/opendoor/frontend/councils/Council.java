package org.opendoor.frontend.councils;

/**
 * A council that takes reports about children living in a postcode, as triage-service publishes it
 * ({@code GET /api/v1/councils}): its children's front door and how to reach it.
 */
public record Council(String localAuthority, String name, String frontDoor, String phone, String outOfHoursPhone,
        String website, boolean servedByOpenDoor) {

    public boolean hasOutOfHoursPhone() {
        return outOfHoursPhone != null && !outOfHoursPhone.isBlank();
    }

    /** Whether the out-of-hours number differs, so prose names both. */
    public boolean hasSeparateOutOfHoursPhone() {
        return hasOutOfHoursPhone() && !outOfHoursPhone.equals(phone);
    }
}
