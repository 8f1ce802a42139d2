package org.opendoor.triage.rules;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Set;
import org.opendoor.model.Flag;
import org.opendoor.model.Pathway;
import org.opendoor.model.Priority;

/**
 * The "then" of a threshold rule. A rule either sets a {@code level} (with priority and pathway), or raises the
 * level the concern rules reached by {@code raiseLevelBy} (never above 4, at least {@code priority}), or only
 * adds {@code flags}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RuleOutcome(
        Integer level,
        Integer raiseLevelBy,
        Priority priority,
        Pathway pathway,
        Set<Flag> flags) {

    public RuleOutcome {
        flags = flags == null ? Set.of() : Set.copyOf(flags);
    }
}
