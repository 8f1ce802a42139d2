package org.opendoor.briefing.figures;

/** What a submission changed: figures new to OpenDoor, corrections of earlier ones, and repeats of the same value. */
public record SubmissionResult(int received, int added, int corrected, int unchanged) {
}
