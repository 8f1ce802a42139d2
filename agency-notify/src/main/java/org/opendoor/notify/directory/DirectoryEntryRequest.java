package org.opendoor.notify.directory;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An administrator's new or changed directory entry; kind and key come from the path. */
@Schema(description = "A recipient in the notification directory")
public record DirectoryEntryRequest(
        @Schema(description = "Display name of the recipient", example = "Demo Rutland Primary School")
        String name,
        @Schema(description = "ONS code of the authority the recipient belongs to", example = "E06000017")
        String localAuthority,
        @Schema(description = "How the recipient is reached", example = "WEBHOOK",
                enumeration = {"EMAIL", "WEBHOOK", "GOVUK_NOTIFY"})
        String channel,
        @Schema(description = "Email address (EMAIL, GOVUK_NOTIFY) or http(s) URL (WEBHOOK)",
                example = "https://school.example/opendoor/hook")
        String address,
        @Schema(description = "WEBHOOK only: shared secret (16+ characters) the body is signed with; never shown again",
                example = "a-long-shared-secret-0123456789")
        String secret) {
}
