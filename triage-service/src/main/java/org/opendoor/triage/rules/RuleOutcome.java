package org.opendoor.triage.rules;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Set;
import org.opendoor.model.Flag;
import org.opendoor.model.Pathway;
import org.opendoor.model.Priority;

/**
 * The "then" of a threshold rule. A rule either sets a {@code level} (with priority and pathway), or raises the
 * level the concern rules reached by {@code raiseLevelBy} (never above 4, at least {@code priority}), or only
 * adds {@code flags}. It refuses anything else.
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
        if (level != null && raiseLevelBy != null) {
            throw new IllegalArgumentException("a rule sets a level or raises it, not both");
        }
        if (level != null) {
            if (level < 1 || level > 4) {
                throw new IllegalArgumentException("level must be 1 to 4, not " + level);
            }
            if (priority == null || pathway == null) {
                throw new IllegalArgumentException("a rule that sets a level needs a priority and a pathway");
            }
        } else if (raiseLevelBy != null) {
            if (raiseLevelBy < 1 || raiseLevelBy > 3) {
                throw new IllegalArgumentException("raiseLevelBy must be 1 to 3, not " + raiseLevelBy);
            }
        } else if (flags.isEmpty() && pathway == null) {
            throw new IllegalArgumentException("the rule changes nothing: give a level, raiseLevelBy, flags or pathway");
        }
    }
}
