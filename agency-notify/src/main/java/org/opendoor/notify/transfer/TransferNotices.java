package org.opendoor.notify.transfer;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.opendoor.calendar.WorkingCalendar;
import org.opendoor.model.CaseTransferred;
import org.opendoor.model.EnglishAuthorities;
import org.opendoor.model.Priority;
import org.opendoor.notify.directory.Channel;
import org.opendoor.notify.directory.Directory;
import org.opendoor.notify.directory.Partnership;
import org.opendoor.notify.directory.Recipient;
import org.opendoor.notify.directory.RecipientKind;
import org.opendoor.notify.message.Notice;
import org.opendoor.notify.message.NotifyLinks;
import org.opendoor.notify.notification.PlannedNotification;
import org.opendoor.notify.plan.PlanConfig;

/**
 * Who is told about a case handed to another authority's front door: that front door, when the directory has one;
 * otherwise the sending front door, which must call it. Reference, urgency, who sent it and how to reach them, due
 * by: no narrative and no names, which go over by phone or secure email.
 */
@ApplicationScoped
public class TransferNotices {
    static final String FIND_YOUR_COUNCIL = "https://www.gov.uk/find-local-council";

    private final Directory directory;
    private final WorkingCalendar calendar;
    private final NotifyLinks links;
    private final PlanConfig config;

    public TransferNotices(Directory directory, WorkingCalendar calendar, NotifyLinks links, PlanConfig config) {
        this.directory = directory;
        this.calendar = calendar;
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
                : calendar.oneWorkingDayAfter(transferredAt);
        String priority = t.priority() == null ? Notice.NOT_RECORDED : t.priority().name();
        Optional<Recipient> receiving = directory.find(RecipientKind.DUTY_TEAM, t.toLocalAuthority());
        if (receiving.isPresent()) {
            String phone = EnglishAuthorities.shipped().find(sender).map(EnglishAuthorities.Authority::frontDoorPhone)
                    .orElse(null);
            String email = sendingTeam.filter(r -> r.channel() != Channel.WEBHOOK).map(Recipient::address)
                    .orElse(null);
            Notice notice = new Notice.TransferNotice(t.reference(), priority, t.toName(), transferredAt, dueBy,
                    senderName(sender, sendingTeam, t.fromTeam()), phone, email);
            return List.of(new PlannedNotification(eventId, t.referralId(), t.reference(), sender, receiving.get(),
                    "front door of " + t.toName(), dueBy, notice, t.toLocalAuthority()));
        }
        String phone = t.toPhone() == null || t.toPhone().isBlank() ? null : t.toPhone().strip();
        String website = EnglishAuthorities.shipped().find(t.toLocalAuthority())
                .map(EnglishAuthorities.Authority::website).orElse(null);
        Notice notice = new Notice.TransferCallRequired(t.reference(), priority, t.toName(), transferredAt, dueBy,
                phone, website, FIND_YOUR_COUNCIL, links.caseOf(t.referralId()));
        return List.of(new PlannedNotification(eventId, t.referralId(), t.reference(), sender,
                sendingTeam.orElse(null), RecipientKind.DUTY_TEAM + " of " + sender, dueBy, notice,
                t.toLocalAuthority()));
    }

    /** "First Response Children's Duty (Leicestershire)", or the hub's name. */
    private String senderName(String sender, Optional<Recipient> team, String fromTeam) {
        String where = Optional.ofNullable(directory.authorities().get(sender))
                .or(() -> directory.partnerships().byKey(sender).map(Partnership::name)).orElse(null);
        String who = team.map(Recipient::name).orElse(fromTeam != null ? fromTeam : sender);
        return where == null ? who : who + " (" + where + ")";
    }
}
