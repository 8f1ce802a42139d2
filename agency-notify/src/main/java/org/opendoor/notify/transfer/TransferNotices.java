package org.opendoor.notify.transfer;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.opendoor.model.CaseTransferred;
import org.opendoor.model.EnglishAuthorities;
import org.opendoor.model.Priority;
import org.opendoor.notify.calendar.LondonTime;
import org.opendoor.notify.calendar.SchoolDays;
import org.opendoor.notify.delivery.NotifyLinks;
import org.opendoor.notify.delivery.PlannedNotification;
import org.opendoor.notify.directory.Channel;
import org.opendoor.notify.directory.Directory;
import org.opendoor.notify.directory.Partnership;
import org.opendoor.notify.directory.Recipient;
import org.opendoor.notify.directory.RecipientKind;
import org.opendoor.notify.plan.PlanConfig;
import org.opendoor.notify.plan.Purpose;

/**
 * Who is told about a case handed to another authority's front door: that front door, when the directory has one;
 * otherwise the sending front door, which must call it. Reference, urgency, who sent it and how to reach them, due
 * by: no narrative and no names, which go over by phone or secure email.
 */
@ApplicationScoped
public class TransferNotices {
    static final String FIND_YOUR_COUNCIL = "https://www.gov.uk/find-local-council";
    static final String NOT_RECORDED = "not recorded";

    private final Directory directory;
    private final SchoolDays schoolDays;
    private final NotifyLinks links;
    private final PlanConfig config;

    public TransferNotices(Directory directory, SchoolDays schoolDays, NotifyLinks links, PlanConfig config) {
        this.directory = directory;
        this.schoolDays = schoolDays;
        this.links = links;
        this.config = config;
    }

    /** The directory key of the front door the case left: its authority, or its hub when it left a hub's queue. */
    public String sendingFrontDoor(CaseTransferred t) {
        return directory.partnerships().frontDoorOf(t.fromLocalAuthority(), t.fromTeam());
    }

    public List<PlannedNotification> forTransferred(UUID eventId, Instant occurredAt, CaseTransferred t) {
        String sender = sendingFrontDoor(t);
        Optional<Recipient> sendingTeam = directory.find(RecipientKind.DUTY_TEAM, sender);
        Instant transferredAt = t.transferredAt() != null ? t.transferredAt() : occurredAt;
        Instant dueBy = t.priority() == Priority.RED ? transferredAt.plus(config.transferRedWithin())
                : schoolDays.oneWorkingDayAfter(transferredAt);
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("reference", t.reference());
        c.put("priority", t.priority() == null ? NOT_RECORDED : t.priority().name());
        c.put("toName", t.toName());
        c.put("transferredAt", LondonTime.of(transferredAt));
        c.put("dueBy", LondonTime.of(dueBy));
        Optional<Recipient> receiving = directory.find(RecipientKind.DUTY_TEAM, t.toLocalAuthority());
        if (receiving.isPresent()) {
            String phone = EnglishAuthorities.shipped().find(sender).map(EnglishAuthorities.Authority::frontDoorPhone)
                    .orElse(null);
            Optional<String> email = sendingTeam.filter(r -> r.channel() != Channel.WEBHOOK).map(Recipient::address);
            c.put("fromName", senderName(sender, sendingTeam, t.fromTeam()));
            c.put("fromPhoneKnown", phone != null);
            c.put("fromPhone", phone == null ? NOT_RECORDED : phone);
            c.put("fromEmailKnown", email.isPresent());
            c.put("fromEmail", email.orElse(NOT_RECORDED));
            return List.of(new PlannedNotification(eventId, t.referralId(), t.reference(), sender,
                    Purpose.TRANSFER_NOTICE, receiving.get(), "front door of " + t.toName(), dueBy, c,
                    t.toLocalAuthority()));
        }
        String phone = t.toPhone() == null || t.toPhone().isBlank() ? null : t.toPhone().strip();
        String website = EnglishAuthorities.shipped().find(t.toLocalAuthority())
                .map(EnglishAuthorities.Authority::website).orElse(null);
        c.put("toPhoneKnown", phone != null);
        c.put("toPhone", phone == null ? NOT_RECORDED : phone);
        c.put("toWebsiteKnown", website != null);
        c.put("toWebsite", website == null ? NOT_RECORDED : website);
        c.put("findYourCouncil", FIND_YOUR_COUNCIL);
        c.put("link", links.caseOf(t.referralId()));
        return List.of(new PlannedNotification(eventId, t.referralId(), t.reference(), sender,
                Purpose.TRANSFER_CALL_REQUIRED, sendingTeam.orElse(null), RecipientKind.DUTY_TEAM + " of " + sender,
                dueBy, c, t.toLocalAuthority()));
    }

    /** "First Response Children's Duty (Leicestershire)", or the hub's name. */
    private String senderName(String sender, Optional<Recipient> team, String fromTeam) {
        String where = Optional.ofNullable(directory.authorities().get(sender))
                .or(() -> directory.partnerships().byKey(sender).map(Partnership::name)).orElse(null);
        String who = team.map(Recipient::name).orElse(fromTeam != null ? fromTeam : sender);
        return where == null ? who : who + " (" + where + ")";
    }
}
