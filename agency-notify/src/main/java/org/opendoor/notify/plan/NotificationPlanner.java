package org.opendoor.notify.plan;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.opendoor.calendar.WorkingCalendar;
import org.opendoor.model.CaseEscalated;
import org.opendoor.model.Flag;
import org.opendoor.model.Priority;
import org.opendoor.model.ReferralDecided;
import org.opendoor.model.ReferralTriaged;
import org.opendoor.notify.calendar.SchoolDays;
import org.opendoor.notify.directory.Channel;
import org.opendoor.notify.directory.Directory;
import org.opendoor.notify.directory.Recipient;
import org.opendoor.notify.directory.RecipientKind;
import org.opendoor.notify.message.Notice;
import org.opendoor.notify.message.NotifyLinks;
import org.opendoor.notify.notification.PlannedNotification;
import org.opendoor.notify.referral.ReferralFacts;

/**
 * Who must know what, and by when, for each event. Content is the minimum the purpose needs: reference,
 * urgency, what is asked, due by and a link; Operation Encompass carries exactly the statutory list.
 */
@ApplicationScoped
public class NotificationPlanner {

    private final Directory directory;
    private final WorkingCalendar calendar;
    private final SchoolDays schoolDays;
    private final NotifyLinks links;
    private final PlanConfig config;

    public NotificationPlanner(Directory directory, WorkingCalendar calendar, SchoolDays schoolDays, NotifyLinks links,
            PlanConfig config) {
        this.directory = directory;
        this.calendar = calendar;
        this.schoolDays = schoolDays;
        this.links = links;
        this.config = config;
    }

    /** A professional, school or police referral is acknowledged to its referrer within one working day. */
    public List<PlannedNotification> forReceived(UUID eventId, ReferralFacts r, String localAuthority) {
        if (!config.referrerSources().contains(r.source())) {
            return List.of();
        }
        Instant dueBy = calendar.oneWorkingDayAfter(r.receivedAt());
        Notice notice = new Notice.ReferrerAcknowledgement(r.reference(), r.receivedAt(), dueBy,
                links.referral(r.referralId()));
        return List.of(new PlannedNotification(eventId, r.referralId(), r.reference(), localAuthority,
                referrer(r).orElse(null), "the referrer's email address", dueBy, notice));
    }

    /**
     * A triaged referral: the duty alert and health-visitor request need only the triage; the rest need the
     * received referral ({@code referral} may still be null, and the event is then planned again when it comes).
     */
    public List<PlannedNotification> forTriaged(UUID eventId, Instant triagedAt, ReferralTriaged t,
            ReferralFacts referral) {
        List<PlannedNotification> plans = new ArrayList<>();
        String la = t.localAuthority();
        String priority = t.priority().name();
        String link = links.caseOf(t.referralId());
        if (t.priority() == Priority.RED) {
            plans.add(plan(eventId, t, RecipientKind.DUTY_TEAM, la, new Notice.DutyAlert(t.reference(), priority,
                    t.level(), t.recommendedPathway().name(), t.decisionDueAt(), link)));
        }
        if (t.flags().contains(Flag.HEALTH_VISITOR)) {
            plans.add(plan(eventId, t, RecipientKind.HEALTH_VISITING, la,
                    new Notice.HealthVisitingRequest(t.reference(), priority, t.decisionDueAt(), link)));
        }
        if (referral == null) {
            return plans;
        }
        ReferralFacts.IncidentFacts incident = referral.incident();
        String policeReference = incident == null ? Notice.NOT_RECORDED : text(incident.policeReference());
        if (t.flags().contains(Flag.POLICE_STRATEGY_DISCUSSION)) {
            plans.add(plan(eventId, t, RecipientKind.POLICE_PUBLIC_PROTECTION, la,
                    new Notice.StrategyDiscussionRequest(t.reference(), priority, policeReference,
                            t.decisionDueAt(), link)));
        }
        if (t.flags().contains(Flag.MARAC_REFERRAL)) {
            plans.add(plan(eventId, t, RecipientKind.MARAC_COORDINATOR, la, new Notice.MaracReferral(t.reference(),
                    priority, policeReference, incident == null ? Notice.NOT_RECORDED : text(incident.dashRiskLevel()),
                    incident == null || incident.dashScore() == null ? Notice.NOT_RECORDED
                            : incident.dashScore().toString(),
                    dashAnswers(incident), t.decisionDueAt(), link)));
        }
        if (t.flags().contains(Flag.OPERATION_ENCOMPASS)) {
            plans.addAll(operationEncompass(eventId, schoolDays.startOfNextSchoolDay(triagedAt), t, referral));
        }
        return plans;
    }

    /** The duty decision is fed back to the referrer. */
    public List<PlannedNotification> forDecided(UUID eventId, ReferralDecided d, ReferralFacts r) {
        if (!config.referrerSources().contains(r.source())) {
            return List.of();
        }
        Notice notice = new Notice.ReferrerFeedback(d.reference(), Outcomes.describe(d.outcome()), d.decidedAt(),
                links.referral(d.referralId()));
        return List.of(new PlannedNotification(eventId, d.referralId(), d.reference(), d.localAuthority(),
                referrer(r).orElse(null), "the referrer's email address", null, notice));
    }

    /**
     * A case past its decision deadline goes to the duty manager of its front door ({@code frontDoor}: its
     * authority, or the hub holding it).
     */
    public List<PlannedNotification> forEscalated(UUID eventId, CaseEscalated e, String frontDoor) {
        Notice notice = new Notice.DecisionOverdue(e.reference(), e.priority() == null ? null : e.priority().name(),
                text(e.team()), e.decisionDueAt(), e.escalatedAt(), links.caseOf(e.referralId()));
        return List.of(new PlannedNotification(eventId, e.referralId(), e.reference(), frontDoor,
                directory.find(RecipientKind.DUTY_MANAGER, frontDoor).orElse(null), "duty manager of " + frontDoor,
                null, notice));
    }

    /**
     * One notice per school (or, for children with no school or educated at home, per children's social care),
     * listing only its children, with exactly the statutory data.
     */
    private List<PlannedNotification> operationEncompass(UUID eventId, Instant dueBy, ReferralTriaged t,
            ReferralFacts r) {
        Map<String, List<Notice.Child>> byRecipient = new LinkedHashMap<>();
        Map<String, Optional<Recipient>> recipients = new LinkedHashMap<>();
        for (ReferralFacts.ChildFacts child : r.children()) {
            String wanted;
            Optional<Recipient> recipient;
            if (child.homeEducated() || child.schoolUrn() == null) {
                wanted = "children's social care of " + t.localAuthority();
                recipient = directory.find(RecipientKind.CHILDRENS_SOCIAL_CARE, t.localAuthority());
            } else {
                wanted = "designated safeguarding lead of school URN " + child.schoolUrn();
                recipient = directory.find(RecipientKind.SCHOOL_DSL, child.schoolUrn());
            }
            byRecipient.computeIfAbsent(wanted, k -> new ArrayList<>()).add(new Notice.Child(text(child.name()),
                    child.dateOfBirth(), child.dateOfBirth() == null ? child.estimatedAgeYears() : null));
            recipients.put(wanted, recipient);
        }
        ReferralFacts.IncidentFacts incident = r.incident();
        List<PlannedNotification> plans = new ArrayList<>();
        byRecipient.forEach((wanted, children) -> {
            Notice notice = incident == null
                    ? new Notice.OperationEncompass(children, Notice.NOT_RECORDED, null, Notice.NOT_RECORDED, Notice.NOT_RECORDED,
                            Notice.NOT_RECORDED, Notice.NOT_RECORDED)
                    : new Notice.OperationEncompass(children, text(incident.policeReference()),
                            incident.incidentAt(), text(incident.location()), incident.childrenPresent() ? "yes" : "no",
                            text(incident.voiceOfChild()), text(incident.circumstances()));
            plans.add(new PlannedNotification(eventId, t.referralId(), t.reference(), t.localAuthority(),
                    recipients.get(wanted).orElse(null), wanted, dueBy, notice));
        });
        return plans;
    }

    private static List<Notice.DashAnswer> dashAnswers(ReferralFacts.IncidentFacts incident) {
        return incident == null ? List.of() : incident.dashAnswers().entrySet().stream()
                .sorted(Comparator.comparing(e -> questionOrder(e.getKey())))
                .map(e -> new Notice.DashAnswer(e.getKey(), text(e.getValue()))).toList();
    }

    private static int questionOrder(String question) {
        try {
            return Integer.parseInt(question.trim());
        } catch (NumberFormatException e) {
            return Integer.MAX_VALUE;
        }
    }

    private PlannedNotification plan(UUID eventId, ReferralTriaged t, RecipientKind kind, String key,
            Notice notice) {
        return new PlannedNotification(eventId, t.referralId(), t.reference(), t.localAuthority(),
                directory.find(kind, key).orElse(null), kind + " of " + key, t.decisionDueAt(), notice);
    }

    private static Optional<Recipient> referrer(ReferralFacts r) {
        return Optional.ofNullable(r.referrerEmail())
                .map(email -> new Recipient(null, null, "referrer", null, Channel.EMAIL, email, null));
    }

    private static String text(String value) {
        return value == null || value.isBlank() ? Notice.NOT_RECORDED : value;
    }
}
