package org.opendoor.frontend.concern;

/** A named reporter: how the duty team can reach them (a phone number, an email, or both) and how they know the child. */
public record ReporterDetails(String name, String phone, String email, Relationship relationship) {
}
