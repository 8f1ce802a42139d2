package org.opendoor.notify.directory;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A directory entry as the admin API shows it: the webhook secret is never shown. */
@Schema(description = "A recipient in the notification directory")
public record DirectoryEntryView(
        @Schema(description = "Kind of recipient", example = "SCHOOL_DSL") String kind,
        @Schema(description = "URN for a school, the authority's ONS code otherwise", example = "100003") String key,
        @Schema(description = "Display name", example = "Demo Rutland Primary School") String name,
        @Schema(description = "ONS code of the authority", example = "E06000017") String localAuthority,
        @Schema(description = "How the recipient is reached", example = "EMAIL") String channel,
        @Schema(description = "Email address or webhook URL", example = "dsl@100003.schools.opendoor.local")
        String address,
        @Schema(description = "Whether a webhook secret is set", example = "false") boolean hasSecret) {

    static DirectoryEntryView of(Recipient r) {
        return new DirectoryEntryView(r.kind().name(), r.key(), r.name(), r.localAuthority(), r.channel().name(),
                r.address(), r.secret() != null);
    }
}
