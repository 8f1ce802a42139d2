package org.opendoor.notify.message;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/**
 * The message templates, {@code templates/<PURPOSE>.txt} (first line the subject, the rest the body), each checked
 * against its notice's fields when the service is built: a misspelt or missing field fails the build, not a
 * delivery. They are text templates: values are written as they are, never as markup.
 */
// each method is named as its purpose, which is its template file's name
@CheckedTemplate(basePath = "")
final class Templates {
    private Templates() {
    }

    static native TemplateInstance REFERRER_ACKNOWLEDGEMENT(Notice.ReferrerAcknowledgement notice);

    static native TemplateInstance DUTY_ALERT(Notice.DutyAlert notice);

    static native TemplateInstance POLICE_STRATEGY_DISCUSSION(Notice.StrategyDiscussionRequest notice);

    static native TemplateInstance OPERATION_ENCOMPASS(Notice.OperationEncompass notice);

    static native TemplateInstance MARAC_REFERRAL(Notice.MaracReferral notice);

    static native TemplateInstance HEALTH_VISITOR(Notice.HealthVisitingRequest notice);

    static native TemplateInstance REFERRER_FEEDBACK(Notice.ReferrerFeedback notice);

    static native TemplateInstance SLA_ESCALATION(Notice.DecisionOverdue notice);

    static native TemplateInstance TRANSFER_NOTICE(Notice.TransferNotice notice);

    static native TemplateInstance TRANSFER_CALL_REQUIRED(Notice.TransferCallRequired notice);

    static native TemplateInstance DELIVERY_FAILED(Notice.DeliveryFailed notice);

    static native TemplateInstance DIRECTORY_CHANGED(Notice.DirectoryChanged notice);
}
