package org.opendoor.audit;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A page of audit records, newest first. */
@Schema(name = "AuditPage", description = "Audit records matching the filters, newest first")
public record AuditPage(
        List<AuditEntryView> records,
        @Schema(description = "Pass as before= for the next (older) page; null on the last page", example = "4611")
        Long nextBefore) {
}
