package org.opendoor.web;

/**
 * What a person did, in one vocabulary for every service's audit trail, so an auditor can ask "who read case X"
 * across services with one word. The name is what the {@code action} column holds.
 */
public enum AuditAction {
    /** referral-intake: a referral or public report submitted (ACCEPTED, or REPLAYED for an idempotent retry). */
    SUBMIT_REFERRAL,
    /** referral-intake: a referral's status or detail read. */
    READ_REFERRAL,
    /** triage-service: a duty queue listed. */
    LIST_CASES,
    /** triage-service: a case read. */
    READ_CASE,
    DECIDE_CASE,
    RESOLVE_POSSIBLE_MATCH,
    CONFIRM_AUTHORITY,
    TRANSFER_CASE,
    CORRECT_SOURCE_CODE,
    /** triage-service: a child's census characteristics (sex, ethnicity, disabilities) changed on a case. */
    CHANGE_CHILD_CHARACTERISTICS,
    /** triage-service: a statutory return (the CIN census) exported or its validation read. */
    EXPORT_RETURN,
    /** agency-notify: the notifications of a referral read. */
    READ_NOTIFICATIONS,
    /** agency-notify: a directory entry (who is told) added or changed. */
    CHANGE_DIRECTORY_ENTRY,
    DELETE_DIRECTORY_ENTRY,
    /** briefing-service: a monthly briefing (aggregate figures, no case data) read or downloaded. */
    READ_BRIEFING,
    /** briefing-service: partner figures or history submitted (ACCEPTED with the counts, or REFUSED). */
    SUBMIT_FIGURES,
    /** every service: dead letters listed or replayed by a rules_admin. */
    LIST_DEAD_LETTERS,
    REPLAY_DEAD_LETTER,
    /**
     * every service: a request refused for want of a valid token (outcome REFUSED 401) or of a role that allows it
     * (REFUSED 403); the target is the method and path, the role the caller's roles.
     */
    REQUEST_REFUSED,
    /** every service: the audit trail searched by an auditor (the filters in the detail). */
    READ_AUDIT_TRAIL,
    /** every service: the audit trail's hash chain checked by an auditor (INTACT, or BROKEN at a link). */
    VERIFY_AUDIT_TRAIL
}
