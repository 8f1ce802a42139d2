package org.opendoor.frontend.concern;

import org.opendoor.frontend.councils.Council;

/** A report intake accepted: what the confirmation page shows. The answers themselves are no longer kept. */
public record Submitted(String reference, Council council, boolean immediateDanger, String urgentAdvice) {
}
