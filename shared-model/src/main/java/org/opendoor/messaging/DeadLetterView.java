package org.opendoor.messaging;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A parked poison message, as operators see it: where it came from and why it failed, without its content
 * (which may hold personal data).
 */
@Schema(name = "DeadLetter", description = "A message a consumer could not process, parked so it never blocks its partition")
public record DeadLetterView(
        @Schema(description = "Dead-letter id, used to replay it", example = "42") long id,
        @Schema(description = "Consumer group that failed to process it", example = "triage-service") String consumer,
        @Schema(description = "Topic the message was read from", example = "opendoor.referral.received.v1")
        String topic,
        @Schema(description = "Partition it was read from", example = "0") int partition,
        @Schema(description = "Offset within the partition", example = "1234") long offset,
        @Schema(description = "Kafka message key (the referral id for OpenDoor events)",
                example = "0b8e4c2a-1d3f-4e5a-8b6c-7d9e0f1a2b3c") String key,
        @Schema(description = "Why it could not be processed", example = "Unreadable event: Not a valid EventEnvelope")
        String reason,
        @Schema(description = "Size of the parked message in characters", example = "2048") int payloadLength,
        @Schema(description = "When it was parked (UTC)", example = "2026-11-22T07:30:00Z") Instant failedAt,
        @Schema(description = "When it was last sent back to its topic (UTC), if ever", example = "2026-11-22T08:00:00Z")
        Instant replayedAt) {
}
