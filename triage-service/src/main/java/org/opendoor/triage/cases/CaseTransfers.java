package org.opendoor.triage.cases;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;
import org.opendoor.messaging.Outbox;
import org.opendoor.model.CaseStatus;
import org.opendoor.model.CaseTransferred;
import org.opendoor.model.EnglishAuthorities;
import org.opendoor.model.EventEnvelope;
import org.opendoor.model.EventType;
import org.opendoor.triage.routing.Routing;
import org.opendoor.web.AuditAction;
import org.opendoor.web.Caller;
import org.opendoor.web.Problem;

/**
 * Hands an undecided case to the front door of an authority outside the partnerships: once, audited, the case
 * leaves the queue as TRANSFERRED_OUT_OF_AREA, and CaseTransferred carries the receiving authority's name and
 * phone (from the list of English children's services) so agency-notify can send a notice or set the duty worker
 * the call to make. An authority of the partnerships is not a transfer: confirm it on a hub case instead.
 */
@ApplicationScoped
public class CaseTransfers {
    private final CaseCommands commands;
    private final Routing routing;

    public CaseTransfers(CaseCommands commands, Routing routing) {
        this.commands = commands;
        this.routing = routing;
    }

    public void transfer(Caller caller, UUID caseId, TransferRequest request) {
        commands.run(caller, AuditAction.TRANSFER_CASE, caseId, "case:" + caseId, (c, d) -> {
            EnglishAuthorities.Authority to = EnglishAuthorities.shipped().find(request.localAuthority())
                    .orElseThrow(() -> CaseCommands.invalid("localAuthority",
                            "is not the ONS code of an English authority with children's services"));
            if (routing.teams().authority(to.onsCode()).isPresent()) {
                throw CaseCommands.invalid("localAuthority", to.name() + " is served by OpenDoor: move the case "
                        + "there by confirming its authority, not by a transfer");
            }
            if (d.status() != CaseStatus.AWAITING_DECISION) {
                throw new Problem.Exception(Response.Status.CONFLICT, "Only an undecided case can be transferred.");
            }
            Instant now = Instant.now();
            try (PreparedStatement q = c.prepareStatement("INSERT INTO case_transfer (case_id, to_local_authority, "
                    + "to_name, to_phone, note, transferred_by, transferred_at) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
                q.setObject(1, d.id());
                q.setString(2, to.onsCode());
                q.setString(3, to.name());
                q.setString(4, to.frontDoorPhone());
                q.setString(5, request.note());
                q.setString(6, caller.subject());
                q.setTimestamp(7, Timestamp.from(now));
                q.executeUpdate();
            }
            try (PreparedStatement q = c.prepareStatement("UPDATE duty_case SET status = ? WHERE id = ?")) {
                q.setString(1, CaseStatus.TRANSFERRED_OUT_OF_AREA.name());
                q.setObject(2, d.id());
                q.executeUpdate();
            }
            Outbox.append(c, EventEnvelope.of(EventType.CASE_TRANSFERRED, d.referralId(), d.referralId(),
                    new CaseTransferred(d.referralId(), d.id(), d.reference(), d.localAuthority(), d.team(),
                            d.priority(), to.onsCode(), to.name(), to.frontDoorPhone(), now), now));
            return "TRANSFERRED " + to.onsCode();
        });
    }
}
