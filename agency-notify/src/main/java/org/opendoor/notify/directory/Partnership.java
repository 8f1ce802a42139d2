package org.opendoor.notify.directory;

import java.util.Set;

/**
 * A safeguarding partnership of authorities with one hub queue (triage's {@code hubTeam}) for the cases that no
 * authority holds yet. Its key ({@code LLR}, {@code DDSCP}) keys the hub's own directory entries.
 */
public record Partnership(String key, String name, String hubTeam, Set<String> authorities) {
    public Partnership {
        authorities = Set.copyOf(authorities);
    }
}
