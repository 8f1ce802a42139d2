package org.opendoor.intake.publicreport;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import org.opendoor.intake.child.IdentifiableChild;
import org.opendoor.intake.child.UkPostcode;
import org.opendoor.intake.referral.ReferralIntake;
import org.opendoor.intake.sourcecode.SourceCode;
import org.opendoor.intake.sourcecode.SourceCodeDefaults;
import org.opendoor.intake.sourcecode.SourceCodes;
import org.opendoor.model.ReferralReceived;
import org.opendoor.model.ReferralSource;
import org.opendoor.web.Problem;

/**
 * Turns a public report into a referral of source PUBLIC: anonymous reports get code 9, named ones 1A/1B/1C/1D
 * by the reporter's relationship to the child (cin/source-code-defaults.csv), or 10 for review when that says
 * nothing the census can use.
 */
@ApplicationScoped
public class PublicReports {
    private final SourceCodes sourceCodes;

    public PublicReports(SourceCodes sourceCodes) {
        this.sourceCodes = sourceCodes;
    }

    public ReferralIntake.Draft draft(PublicConcern report) {
        PublicConcern.Reporter reporter = report.reporter();
        checkReporter(reporter);
        SourceCode sourceCode = sourceCodes.resolve(ReferralSource.PUBLIC, null,
                reporter.anonymous() ? SourceCodeDefaults.ANONYMOUS : reporter.relationshipToChild(), null);
        List<ReferralReceived.Child> children = report.children().stream().map(PublicReports::child).toList();
        ReferralReceived.Concern concern = new ReferralReceived.Concern(report.concern().summary(), List.of(),
                report.concern().indicators() == null ? List.of()
                        : report.concern().indicators().stream().map(CampaignSign::indicator).toList(),
                report.concern().inImmediateDanger(), report.concern().observedAt());
        ReferralReceived.Referrer referrer = reporter.anonymous()
                ? new ReferralReceived.Referrer(true, null, null, null, null, null, reporter.relationshipToChild(), null)
                : new ReferralReceived.Referrer(false, reporter.name(), "Member of the public", null, reporter.phone(),
                        reporter.email(), reporter.relationshipToChild(), null);
        return (id, reference, receivedAt) -> new ReferralReceived(id, reference, receivedAt, ReferralSource.PUBLIC,
                sourceCode.code(), null, children, concern, referrer, null, sourceCode.needsReview(),
                report.localAuthority());
    }

    /**
     * Anonymous means no identity is kept; a named report needs a name and a way back, so that the duty team can call
     * (the person can fix either, or choose to stay anonymous). How they know the child only decides the census code.
     */
    private static void checkReporter(PublicConcern.Reporter r) {
        List<Problem.Violation> violations = new ArrayList<>();
        if (r.anonymous()) {
            for (var field : List.of(new String[] {"name", r.name()}, new String[] {"phone", r.phone()},
                    new String[] {"email", r.email()})) {
                if (field[1] != null) {
                    violations.add(new Problem.Violation("reporter." + field[0], "must be left out of an anonymous report"));
                }
            }
        } else {
            if (!IdentifiableChild.present(r.name())) {
                violations.add(new Problem.Violation("reporter.name", "is required unless the report is anonymous"));
            }
            if (!IdentifiableChild.present(r.phone()) && !IdentifiableChild.present(r.email())) {
                violations.add(new Problem.Violation("reporter.phone", "or reporter.email is required unless the report is anonymous"));
            }
        }
        if (!violations.isEmpty()) {
            throw new Problem.Exception(Problem.invalid("The request has " + violations.size() + " invalid field(s).",
                    violations));
        }
    }

    /**
     * The child's first and last name as given; a name given as one text (the older shape) is split at the last
     * space into given and family name.
     */
    private static ReferralReceived.Child child(PublicConcern.Child c) {
        String first = c.firstName();
        String last = c.lastName();
        if (!IdentifiableChild.present(first) && !IdentifiableChild.present(last) && IdentifiableChild.present(c.name())) {
            String name = c.name().strip();
            int space = name.lastIndexOf(' ');
            first = space < 0 ? name : name.substring(0, space).strip();
            last = space < 0 ? null : name.substring(space + 1);
        }
        PublicConcern.Address a = c.address();
        return new ReferralReceived.Child(first, last, c.dateOfBirth(), c.estimatedAgeYears(), null, null, null,
                a == null ? null : new ReferralReceived.Address(a.line1(), a.line2(), a.town(), UkPostcode.tidy(a.postcode())),
                null, null, c.description());
    }
}
