package org.opendoor.triage.cases;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.opendoor.model.CinCharacteristicCodes;
import org.opendoor.triage.children.Child;
import org.opendoor.triage.children.ChildCharacteristics;
import org.opendoor.triage.children.ChildIndex;
import org.opendoor.web.AuditAction;
import org.opendoor.web.Caller;
import org.opendoor.web.Problem;

/**
 * Duty staff record a child's census characteristics (sex, ethnicity, disabilities) on a case the child is in:
 * DfE codes only, audited like any other change to the case. The child of the index keeps them for every later
 * referral and the census return.
 */
@ApplicationScoped
public class ChildCharacteristicsChanges {
    private final CaseCommands commands;
    private final ChildIndex children;

    ChildCharacteristicsChanges(CaseCommands commands, ChildIndex children) {
        this.commands = commands;
        this.children = children;
    }

    public ChildCharacteristics record(Caller caller, UUID caseId, UUID childId, ChildCharacteristics given) {
        ChildCharacteristics recorded = new ChildCharacteristics(upper(given.sex()), upper(given.ethnicity()),
                given.disabilities() == null ? null : given.disabilities().stream().map(ChildCharacteristicsChanges::upper)
                        .toList());
        commands.run(caller, AuditAction.CHANGE_CHILD_CHARACTERISTICS, caseId, "case:" + caseId, (c, d) -> {
            if (!d.childIds().contains(childId)) {
                throw new Problem.Exception(Response.Status.NOT_FOUND, "No such child on this case.");
            }
            List<CinCharacteristicCodes.Violation> violations = CinCharacteristicCodes.shipped().check("",
                    recorded.sex(), recorded.ethnicity(), recorded.disabilities());
            if (!violations.isEmpty()) {
                throw new Problem.Exception(Problem.invalid("The request has " + violations.size()
                        + " invalid field(s).", violations.stream()
                        .map(v -> new Problem.Violation(v.field(), v.message())).toList()));
            }
            Child child = children.child(childId).orElseThrow(() -> new Problem.Exception(Response.Status.NOT_FOUND,
                    "No such child on this case."));
            child.characterise(recorded);
            return "CHANGED child:" + childId;
        });
        return recorded;
    }

    private static String upper(String code) {
        return code == null || code.isBlank() ? null : code.strip().toUpperCase(Locale.ROOT);
    }
}
