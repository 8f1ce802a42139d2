package org.opendoor.notify.message;

import io.quarkus.qute.TemplateInstance;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * What one notification says, one record per {@link Purpose}: the minimum the purpose needs (reference, urgency,
 * what is asked, due by, a link); Operation Encompass carries exactly the statutory list. Stored as JSON with the
 * notification, sent as the webhook's {@code data}, and written out by the purpose's template. Moments are
 * instants (absent when not recorded); templates show them in UK local time.
 */
public sealed interface Notice {
    /** What a notice says where a fact was not given. */
    String NOT_RECORDED = "not recorded";

    Purpose purpose();

    /** The purpose's template with this notice as its data. */
    TemplateInstance template();

    record ReferrerAcknowledgement(String reference, Instant receivedAt, Instant dueBy, String link)
            implements Notice {
        public Purpose purpose() {
            return Purpose.REFERRER_ACKNOWLEDGEMENT;
        }

        public TemplateInstance template() {
            return Templates.REFERRER_ACKNOWLEDGEMENT(this);
        }
    }

    record DutyAlert(String reference, String priority, Integer level, String pathway, Instant dueBy, String link)
            implements Notice {
        public Purpose purpose() {
            return Purpose.DUTY_ALERT;
        }

        public TemplateInstance template() {
            return Templates.DUTY_ALERT(this);
        }
    }

    record StrategyDiscussionRequest(String reference, String priority, String policeReference, Instant dueBy,
            String link) implements Notice {
        public Purpose purpose() {
            return Purpose.POLICE_STRATEGY_DISCUSSION;
        }

        public TemplateInstance template() {
            return Templates.POLICE_STRATEGY_DISCUSSION(this);
        }
    }

    record HealthVisitingRequest(String reference, String priority, Instant dueBy, String link) implements Notice {
        public Purpose purpose() {
            return Purpose.HEALTH_VISITOR;
        }

        public TemplateInstance template() {
            return Templates.HEALTH_VISITOR(this);
        }
    }

    /** Carries the DASH answers so that nobody re-keys them for the meeting. */
    record MaracReferral(String reference, String priority, String policeReference, String dashRiskLevel,
            String dashScore, List<DashAnswer> dashAnswers, Instant dueBy, String link) implements Notice {
        public Purpose purpose() {
            return Purpose.MARAC_REFERRAL;
        }

        public TemplateInstance template() {
            return Templates.MARAC_REFERRAL(this);
        }
    }

    record DashAnswer(String question, String answer) {
    }

    /** Exactly the statutory list for the key adult: no reference, no link, no narrative. */
    record OperationEncompass(List<Child> children, String policeReference, Instant incidentAt, String location,
            String childrenPresent, String voiceOfChild, String circumstances) implements Notice {
        public Purpose purpose() {
            return Purpose.OPERATION_ENCOMPASS;
        }

        public TemplateInstance template() {
            return Templates.OPERATION_ENCOMPASS(this);
        }
    }

    /** A child named in an Operation Encompass notice; the date of birth, or else the age, when known. */
    record Child(String name, LocalDate dateOfBirth, Integer estimatedAgeYears) {
    }

    record ReferrerFeedback(String reference, String outcome, Instant decidedAt, String link) implements Notice {
        public Purpose purpose() {
            return Purpose.REFERRER_FEEDBACK;
        }

        public TemplateInstance template() {
            return Templates.REFERRER_FEEDBACK(this);
        }
    }

    /** {@code priority} is absent when the escalation did not carry it. */
    record DecisionOverdue(String reference, String priority, String team, Instant dueBy, Instant escalatedAt,
            String link) implements Notice {
        public Purpose purpose() {
            return Purpose.SLA_ESCALATION;
        }

        public TemplateInstance template() {
            return Templates.SLA_ESCALATION(this);
        }
    }

    /**
     * Goes outside OpenDoor, so no link and no names: who sent it and how to reach them ({@code fromPhone} and
     * {@code fromEmail} absent when not known).
     */
    record TransferNotice(String reference, String priority, String toName, Instant transferredAt, Instant dueBy,
            String fromName, String fromPhone, String fromEmail) implements Notice {
        public Purpose purpose() {
            return Purpose.TRANSFER_NOTICE;
        }

        public TemplateInstance template() {
            return Templates.TRANSFER_NOTICE(this);
        }
    }

    /** {@code toPhone} and {@code toWebsite} are absent when not known; the task then points to Find your council. */
    record TransferCallRequired(String reference, String priority, String toName, Instant transferredAt,
            Instant dueBy, String toPhone, String toWebsite, String findYourCouncil, String link) implements Notice {
        public Purpose purpose() {
            return Purpose.TRANSFER_CALL_REQUIRED;
        }

        public TemplateInstance template() {
            return Templates.TRANSFER_CALL_REQUIRED(this);
        }
    }

    record DeliveryFailed(String reference, String failedPurpose, String failedRecipient, String reason, String link)
            implements Notice {
        public Purpose purpose() {
            return Purpose.DELIVERY_FAILED;
        }

        public TemplateInstance template() {
            return Templates.DELIVERY_FAILED(this);
        }
    }

    /**
     * A directory entry added, changed or removed: which, by whom and when, and its channel and address before and
     * after ({@code before} absent for a new entry, {@code after} for a removed one). No secret.
     */
    record DirectoryChanged(String reference, String kind, String key, String name, String authority,
            String change, String changedBy, Instant changedAt, String before, String after) implements Notice {
        public Purpose purpose() {
            return Purpose.DIRECTORY_CHANGED;
        }

        public TemplateInstance template() {
            return Templates.DIRECTORY_CHANGED(this);
        }
    }
}
