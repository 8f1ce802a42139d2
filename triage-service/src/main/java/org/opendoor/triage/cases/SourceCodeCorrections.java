package org.opendoor.triage.cases;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;
import org.opendoor.messaging.Outbox;
import org.opendoor.model.EventEnvelope;
import org.opendoor.model.EventType;
import org.opendoor.model.SourceCodeCorrected;
import org.opendoor.model.SourceOfReferralCodes;
import org.opendoor.web.AuditAction;
import org.opendoor.web.Caller;

/**
 * Duty staff correct a referral's CIN source-of-referral code (typically a 10 intake stored for review): audited
 * with the old and new code, and published as SourceCodeCorrected so intake's record and the census follow.
 */
@ApplicationScoped
public class SourceCodeCorrections {
    private final CaseCommands commands;
    private final DutyCases cases;
    private final SourceOfReferralCodes codes = SourceOfReferralCodes.load();

    public SourceCodeCorrections(CaseCommands commands, DutyCases cases) {
        this.commands = commands;
        this.cases = cases;
    }

    public void correct(Caller caller, UUID caseId, SourceCodeCorrection correction) {
        String code = correction.sourceCode().strip().toUpperCase(Locale.ROOT);
        commands.run(caller, AuditAction.CORRECT_SOURCE_CODE, caseId, "case:" + caseId, (c, d) -> {
            if (!codes.isKnown(code)) {
                throw CaseCommands.invalid("sourceCode", "must be one of the CIN source-of-referral codes "
                        + codes.codes());
            }
            cases.correctSourceCode(c, d.id(), code);
            Instant now = Instant.now();
            Outbox.append(c, EventEnvelope.of(EventType.SOURCE_CODE_CORRECTED, d.referralId(), d.referralId(),
                    new SourceCodeCorrected(d.referralId(), d.id(), d.reference(), d.sourceCode(), code, now), now));
            return "CORRECTED " + d.sourceCode() + " -> " + code;
        });
    }
}
