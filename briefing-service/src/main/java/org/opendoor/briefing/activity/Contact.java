package org.opendoor.briefing.activity;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.opendoor.calendar.WorkingCalendar;
import org.opendoor.model.ConcernCategory;
import org.opendoor.model.Priority;
import org.opendoor.model.ReferralDecided;
import org.opendoor.model.ReferralReceived;
import org.opendoor.model.ReferralTriaged;

/**
 * What the briefing keeps of one contact: when it came, its source code and categories, whose it is, how urgent,
 * its children's pseudonymous ids, and the decision. Its events come from several topics in any order, so each
 * fills in its part; timeliness is worked out once both the receipt and the decision are known.
 */
@Entity
@Table(name = "contact")
public class Contact extends PanacheEntityBase {
    @Id
    private UUID referralId;
    private Instant receivedAt;
    private String sourceCode;
    private String[] categories = new String[0];
    private String localAuthority;
    private String priority;
    private UUID[] childIds = new UUID[0];
    private String outcome;
    private Instant decidedAt;
    private Boolean withinOneWorkingDay;
    private Boolean withinRedTimescale;

    protected Contact() {
    }

    /** The contact's record, made when its first event arrives. */
    static Contact of(UUID referralId) {
        Contact found = findById(referralId);
        if (found != null) {
            return found;
        }
        Contact contact = new Contact();
        contact.referralId = referralId;
        contact.persist();
        return contact;
    }

    void received(ReferralReceived r) {
        receivedAt = r.receivedAt();
        sourceCode = r.sourceCode();
        categories = r.concern().categories().stream().map(ConcernCategory::name).toArray(String[]::new);
    }

    void triaged(ReferralTriaged t) {
        localAuthority = t.localAuthority();
        priority = t.priority().name();
        childIds = t.childIds().toArray(UUID[]::new);
    }

    void decided(ReferralDecided d) {
        outcome = d.outcome().name();
        decidedAt = d.decidedAt();
        if (localAuthority == null) {
            localAuthority = d.localAuthority();
        }
    }

    void sourceCodeCorrected(String code) {
        sourceCode = code;
    }

    /** Whether the decision came within one working day, and (for a RED contact) within the RED timescale. */
    void weighTimeliness(WorkingCalendar calendar, Duration redWithin) {
        if (receivedAt == null || decidedAt == null) {
            return;
        }
        withinOneWorkingDay = !decidedAt.isAfter(calendar.oneWorkingDayAfter(receivedAt));
        withinRedTimescale = Priority.RED.name().equals(priority) ? !decidedAt.isAfter(receivedAt.plus(redWithin))
                : null;
    }

    public UUID referralId() {
        return referralId;
    }

    public List<UUID> childIds() {
        return List.of(childIds);
    }

    public String localAuthority() {
        return localAuthority;
    }

    public Boolean withinOneWorkingDay() {
        return withinOneWorkingDay;
    }

    public Boolean withinRedTimescale() {
        return withinRedTimescale;
    }
}
