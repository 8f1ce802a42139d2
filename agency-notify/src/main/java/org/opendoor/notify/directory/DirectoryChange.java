package org.opendoor.notify.directory;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A change an administrator made to the directory, fired (synchronously, in the change's transaction) so the
 * front-door managers are told about it. {@code before} is null for a new entry, {@code after} for a removed one.
 * {@code managers} are whom to tell, as the directory had them before the change: for each authority the entry
 * belonged to before or after, its {@code DUTY_MANAGER}, else the partnerships' front-door operations
 * ({@code DUTY_MANAGER/PARTNERSHIP}); a {@link Manager} with no recipient when there is neither.
 */
public record DirectoryChange(UUID id, RecipientKind kind, String key, Recipient before, Recipient after,
        String changedBy, Instant at, List<Manager> managers) {

    public DirectoryChange {
        managers = List.copyOf(managers);
    }

    /** The front-door manager of {@code authority} (its key in the directory): null {@code recipient} when none. */
    public record Manager(String authority, String authorityName, Recipient recipient) {
    }

    public enum Kind {
        ADDED,
        CHANGED,
        REMOVED
    }

    public Kind change() {
        return before == null ? Kind.ADDED : after == null ? Kind.REMOVED : Kind.CHANGED;
    }

    /** The entry's channel and address before and after, for the audit trail: no secret, no name. */
    public String addressChange() {
        return "address: " + describe(before) + " -> " + describe(after);
    }

    static String describe(Recipient r) {
        return r == null ? "(none)" : r.channel() + " " + r.address();
    }
}
