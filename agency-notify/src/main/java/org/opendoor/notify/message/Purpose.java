package org.opendoor.notify.message;

/**
 * Why someone is told. The names are the API's {@code purpose} values and the names of the template files
 * ({@code templates/<PURPOSE>.txt}); each purpose has one kind of {@link Notice}.
 */
public enum Purpose {
    REFERRER_ACKNOWLEDGEMENT(Notice.ReferrerAcknowledgement.class),
    DUTY_ALERT(Notice.DutyAlert.class),
    POLICE_STRATEGY_DISCUSSION(Notice.StrategyDiscussionRequest.class),
    OPERATION_ENCOMPASS(Notice.OperationEncompass.class),
    MARAC_REFERRAL(Notice.MaracReferral.class),
    HEALTH_VISITOR(Notice.HealthVisitingRequest.class),
    REFERRER_FEEDBACK(Notice.ReferrerFeedback.class),
    SLA_ESCALATION(Notice.DecisionOverdue.class),
    /** To another authority's front door: a case about a child in its area was transferred to it. */
    TRANSFER_NOTICE(Notice.TransferNotice.class),
    /** To the sending front door: the receiving authority has no front door to notify, so someone must call it. */
    TRANSFER_CALL_REQUIRED(Notice.TransferCallRequired.class),
    /** To the duty manager: another notification could not be delivered and someone must act. */
    DELIVERY_FAILED(Notice.DeliveryFailed.class),
    /** To an authority's front-door manager: an administrator changed who the directory tells, and how. */
    DIRECTORY_CHANGED(Notice.DirectoryChanged.class);

    private final Class<? extends Notice> notice;

    Purpose(Class<? extends Notice> notice) {
        this.notice = notice;
    }

    /** What a notification of this purpose carries. */
    public Class<? extends Notice> notice() {
        return notice;
    }
}
