package org.opendoor.triage.rules;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.opendoor.model.Flag;
import org.opendoor.model.Pathway;
import org.opendoor.model.Priority;

/** What the threshold rules recommend: the highest level and most urgent priority of the fired rules, flags added up. */
public record TriageOutcome(String rulesetVersion, int level, Priority priority, Pathway pathway, Set<Flag> flags,
        List<FiredRule> rulesFired) {

    public TriageOutcome {
        flags = flags.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(flags));
        rulesFired = List.copyOf(rulesFired);
    }

    /** Combines the outcomes for several children of one referral: the most serious wins, flags and rules add up. */
    public TriageOutcome combine(TriageOutcome other) {
        Set<Flag> allFlags = EnumSet.noneOf(Flag.class);
        allFlags.addAll(flags);
        allFlags.addAll(other.flags);
        Map<String, FiredRule> fired = new LinkedHashMap<>();
        rulesFired.forEach(r -> fired.putIfAbsent(r.ruleId(), r));
        other.rulesFired.forEach(r -> fired.putIfAbsent(r.ruleId(), r));
        return new TriageOutcome(rulesetVersion, Math.max(level, other.level),
                Priority.mostUrgent(priority, other.priority), Pathway.mostIntensive(pathway, other.pathway),
                allFlags, new ArrayList<>(fired.values()));
    }
}
