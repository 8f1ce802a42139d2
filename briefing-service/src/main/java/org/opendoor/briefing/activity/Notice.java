package org.opendoor.briefing.activity;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.opendoor.model.NotificationSettled;

/** A notification agency-notify finished with: its purpose, whose it was, and whether it went in time. */
@Entity
@Table(name = "notice")
public class Notice extends PanacheEntityBase {
    @Id
    private UUID notificationId;
    private UUID referralId;
    private String localAuthority;
    private String purpose;
    private String outcome;
    private Instant dueBy;
    private Instant sentAt;
    private Instant settledAt;
    private boolean inTime;

    protected Notice() {
    }

    /** Records a settled notification once (a second event for it, say after a replay, changes nothing). */
    static void record(NotificationSettled s) {
        if (findById(s.notificationId()) != null) {
            return;
        }
        Notice n = new Notice();
        n.notificationId = s.notificationId();
        n.referralId = s.referralId();
        n.localAuthority = s.localAuthority();
        n.purpose = s.purpose();
        n.outcome = s.outcome().name();
        n.dueBy = s.dueBy();
        n.sentAt = s.sentAt();
        n.settledAt = s.settledAt();
        n.inTime = s.inTime();
        n.persist();
    }
}
