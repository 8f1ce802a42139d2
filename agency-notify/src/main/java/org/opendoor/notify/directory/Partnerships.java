package org.opendoor.notify.directory;

import java.util.List;
import java.util.Optional;

/**
 * The partnerships and their hubs: whose front door a case belongs to while no authority holds it, and which
 * authorities' staff work a hub.
 */
public final class Partnerships {
    private final List<Partnership> all;

    public Partnerships(List<Partnership> all) {
        this.all = List.copyOf(all);
    }

    public List<Partnership> all() {
        return all;
    }

    /**
     * The directory key whose recipients stand for a case's front door: its authority when it has one, else the
     * partnership whose hub queue it is in, else {@link RecipientRules#PARTNERSHIP} (nobody placed it anywhere).
     */
    public String frontDoorOf(String localAuthority, String team) {
        if (localAuthority != null) {
            return localAuthority;
        }
        return all.stream().filter(p -> p.hubTeam().equals(team)).map(Partnership::key).findFirst()
                .orElse(RecipientRules.PARTNERSHIP);
    }

    public Optional<Partnership> byKey(String key) {
        return all.stream().filter(p -> p.key().equals(key)).findFirst();
    }

    /** Whether the authority belongs to the partnership keyed {@code key}. */
    public boolean includes(String key, String localAuthority) {
        return localAuthority != null && byKey(key).map(p -> p.authorities().contains(localAuthority)).orElse(false);
    }

    /** Whether the authority belongs to any partnership. */
    public boolean anyIncludes(String localAuthority) {
        return localAuthority != null && all.stream().anyMatch(p -> p.authorities().contains(localAuthority));
    }
}
