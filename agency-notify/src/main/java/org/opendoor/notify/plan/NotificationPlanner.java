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
import org.opendoor.model.CaseEscalated;
import org.opendoor.model.Flag;
import org.opendoor.model.Priority;
import org.opendoor.model.ReferralDecided;
import org.opendoor.model.ReferralTriaged;
import org.opendoor.notify.calendar.SchoolDays;
import org.opendoor.notify.delivery.NotifyLinks;
import org.opendoor.notify.delivery.PlannedNotification;
import org.opendoor.notify.directory.Directory;
import org.opendoor.notify.directory.Recipient;
import org.opendoor.notify.directory.RecipientKind;
import org.opendoor.notify.referral.ReferralFacts;

/**
 * Who must know what, and by when, for each event. Content is the minimum the purpose needs: reference,
 * urgency, what is asked, due by and a link; Operation Encompass carries exactly the statutory list.
 */
@ApplicationScoped
public class NotificationPlanner {
    static final String NOT_RECORDED = "not recorded";

    private final Directory directory;
    private final SchoolDays schoolDays;
    private final NotifyLinks links;
    private final PlanConfig config;

    public NotificationPlanner(Directory directory, SchoolDays schoolDays, NotifyLinks links, PlanConfig config) {
        this.directory = directory;
        this.schoolDays = schoolDays;
        this.links = links;
        this.config = config;
    }

    /** A professional, school or police referral is acknowledged to its referrer within one working day. */
    public List<PlannedNotification> forReceived(UUID eventId, ReferralFacts r, String localAuthority) {
        if (!config.referrerSources().contains(r.source())) {
            return List.of();
        }
        Instant dueBy = schoolDays.oneWorkingDayAfter(r.receivedAt());
        Map<String, Object> content = content(r.reference());
        content.put("receivedAt", r.receivedAt().toString());
        content.put("dueBy", dueBy.toString());
        content.put("link", links.referral(r.referralId()));
        return List.of(new PlannedNotification(eventId, r.referralId(), r.reference(), localAuthority,
                Purpose.REFERRER_ACKNOWLEDGEMENT, referrer(r).orElse(null), "the referrer's email address", dueBy,
                content));
    }

    /**
     * A triaged referral: the duty alert and health-visitor request need only the triage; the rest need the
     * received referral ({@code referral} may still be null, and the event is then planned again when it comes).
     */
    public List<PlannedNotification> forTriaged(UUID eventId, Instant triagedAt, ReferralTriaged t,
            ReferralFacts referral) {
        List<PlannedNotification> plans = new ArrayList<>();
        String la = t.localAuthority();
        if (t.priority() == Priority.RED) {
            Map<String, Object> c = triageContent(t);
            c.put("level", t.level());
            c.put("pathway", t.recommendedPathway().name());
            plans.add(plan(eventId, t, Purpose.DUTY_ALERT, RecipientKind.DUTY_TEAM, la, t.decisionDueAt(), c));
        }
        if (t.flags().contains(Flag.HEALTH_VISITOR)) {
            plans.add(plan(eventId, t, Purpose.HEALTH_VISITOR, RecipientKind.HEALTH_VISITING, la, t.decisionDueAt(),
                    triageContent(t)));
        }
        if (referral == null) {
            return plans;
        }
        ReferralFacts.IncidentFacts incident = referral.incident();
        if (t.flags().contains(Flag.POLICE_STRATEGY_DISCUSSION)) {
            Map<String, Object> c = triageContent(t);
            c.put("policeReference", incident == null ? NOT_RECORDED : text(incident.policeReference()));
            plans.add(plan(eventId, t, Purpose.POLICE_STRATEGY_DISCUSSION, RecipientKind.POLICE_PUBLIC_PROTECTION,
                    la, t.decisionDueAt(), c));
        }
        if (t.flags().contains(Flag.MARAC_REFERRAL)) {
            plans.add(plan(eventId, t, Purpose.MARAC_REFERRAL, RecipientKind.MARAC_COORDINATOR, la,
                    t.decisionDueAt(), maracContent(t, incident)));
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
        Map<String, Object> content = content(d.reference());
        content.put("outcome", Outcomes.describe(d.outcome()));
        content.put("decidedAt", d.decidedAt() == null ? NOT_RECORDED : d.decidedAt().toString());
        content.put("link", links.referral(d.referralId()));
        return List.of(new PlannedNotification(eventId, d.referralId(), d.reference(), d.localAuthority(),
                Purpose.REFERRER_FEEDBACK, referrer(r).orElse(null), "the referrer's email address", null, content));
    }

    /**
     * A case past its decision deadline goes to the duty manager of its front door ({@code frontDoor}: its
     * authority, or the hub holding it).
     */
    public List<PlannedNotification> forEscalated(UUID eventId, CaseEscalated e, String frontDoor) {
        Map<String, Object> content = content(e.reference());
        content.put("priority", e.priority() == null ? NOT_RECORDED : e.priority().name());
        content.put("team", text(e.team()));
        content.put("dueBy", e.decisionDueAt() == null ? NOT_RECORDED : e.decisionDueAt().toString());
        content.put("escalatedAt", e.escalatedAt() == null ? NOT_RECORDED : e.escalatedAt().toString());
        content.put("link", links.caseOf(e.referralId()));
        return List.of(new PlannedNotification(eventId, e.referralId(), e.reference(), frontDoor,
                Purpose.SLA_ESCALATION, directory.find(RecipientKind.DUTY_MANAGER, frontDoor).orElse(null),
                "duty manager of " + frontDoor, null, content));
    }

    /**
     * One notice per school (or, for children with no school or educated at home, per children's social care),
     * listing only its children, with exactly the statutory data.
     */
    private List<PlannedNotification> operationEncompass(UUID eventId, Instant dueBy, ReferralTriaged t,
            ReferralFacts r) {
        Map<String, List<ReferralFacts.ChildFacts>> byRecipient = new LinkedHashMap<>();
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
            byRecipient.computeIfAbsent(wanted, k -> new ArrayList<>()).add(child);
            recipients.put(wanted, recipient);
        }
        ReferralFacts.IncidentFacts incident = r.incident();
        List<PlannedNotification> plans = new ArrayList<>();
        byRecipient.forEach((wanted, children) -> {
            Map<String, Object> c = new LinkedHashMap<>();
            c.put("children", children.stream().map(NotificationPlanner::childData).toList());
            c.put("policeReference", incident == null ? NOT_RECORDED : text(incident.policeReference()));
            c.put("incidentAt", incident == null || incident.incidentAt() == null ? NOT_RECORDED
                    : incident.incidentAt().toString());
            c.put("location", incident == null ? NOT_RECORDED : text(incident.location()));
            c.put("childrenPresent", incident == null ? NOT_RECORDED : incident.childrenPresent() ? "yes" : "no");
            c.put("voiceOfChild", incident == null ? NOT_RECORDED : text(incident.voiceOfChild()));
            c.put("circumstances", incident == null ? NOT_RECORDED : text(incident.circumstances()));
            plans.add(new PlannedNotification(eventId, t.referralId(), t.reference(), t.localAuthority(),
                    Purpose.OPERATION_ENCOMPASS, recipients.get(wanted).orElse(null), wanted, dueBy, c));
        });
        return plans;
    }

    private static Map<String, Object> childData(ReferralFacts.ChildFacts child) {
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("name", text(child.name()));
        c.put("dateOfBirth", child.dateOfBirth() != null ? child.dateOfBirth().toString()
                : child.estimatedAgeYears() != null ? "not known (about " + child.estimatedAgeYears() + " years old)"
                : NOT_RECORDED);
        return c;
    }

    private Map<String, Object> maracContent(ReferralTriaged t, ReferralFacts.IncidentFacts incident) {
        Map<String, Object> c = triageContent(t);
        c.put("policeReference", incident == null ? NOT_RECORDED : text(incident.policeReference()));
        c.put("dashRiskLevel", incident == null ? NOT_RECORDED : text(incident.dashRiskLevel()));
        c.put("dashScore", incident == null || incident.dashScore() == null ? NOT_RECORDED
                : incident.dashScore().toString());
        List<Map<String, Object>> answers = incident == null ? List.of() : incident.dashAnswers().entrySet().stream()
                .sorted(Comparator.comparing(e -> questionOrder(e.getKey())))
                .map(e -> Map.<String, Object>of("question", e.getKey(), "answer", text(e.getValue()))).toList();
        c.put("dashAnswers", answers);
        return c;
    }

    private static int questionOrder(String question) {
        try {
            return Integer.parseInt(question.trim());
        } catch (NumberFormatException e) {
            return Integer.MAX_VALUE;
        }
    }

    private PlannedNotification plan(UUID eventId, ReferralTriaged t, Purpose purpose, RecipientKind kind,
            String key, Instant dueBy, Map<String, Object> content) {
        return new PlannedNotification(eventId, t.referralId(), t.reference(), t.localAuthority(), purpose,
                directory.find(kind, key).orElse(null), kind + " of " + key, dueBy, content);
    }

    private Map<String, Object> triageContent(ReferralTriaged t) {
        Map<String, Object> c = content(t.reference());
        c.put("priority", t.priority().name());
        c.put("dueBy", t.decisionDueAt() == null ? NOT_RECORDED : t.decisionDueAt().toString());
        c.put("link", links.caseOf(t.referralId()));
        return c;
    }

    private static Map<String, Object> content(String reference) {
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("reference", reference);
        return c;
    }

    private static Optional<Recipient> referrer(ReferralFacts r) {
        return Optional.ofNullable(r.referrerEmail()).map(email -> new Recipient(null, null, "referrer", null,
                org.opendoor.notify.directory.Channel.EMAIL, email, null));
    }

    private static String text(String value) {
        return value == null || value.isBlank() ? NOT_RECORDED : value;
    }
}
