package org.opendoor.frontend.concern;

import java.time.Clock;
import java.time.ZoneId;
import org.opendoor.frontend.intake.PublicConcernRequest;

/** A finished report in the shape of intake's public API, with the chosen council as {@code localAuthority}. */
final class ReportToIntake {
    private ReportToIntake() {
    }

    static PublicConcernRequest request(Report report, Clock clock, ZoneId zone) {
        SeenOrHeard seen = report.seenOrHeard();
        PublicConcernRequest.Concern concern = new PublicConcernRequest.Concern(seen.account(),
                seen.signs().stream().map(Sign::name).toList(), report.immediateDanger(), seen.observedAt(clock, zone));
        ReporterDetails named = report.reporter();
        PublicConcernRequest.Reporter reporter = Boolean.TRUE.equals(report.anonymous())
                ? PublicConcernRequest.Reporter.anonymously()
                : new PublicConcernRequest.Reporter(false, named.name(), named.phone(), named.email(),
                        named.relationship().name());
        return new PublicConcernRequest(report.children().stream().map(ReportToIntake::child).toList(), concern,
                reporter, report.council().localAuthority());
    }

    private static PublicConcernRequest.Child child(ChildAnswers c) {
        PublicConcernRequest.Address address = c.hasAddress()
                ? new PublicConcernRequest.Address(c.line1(), c.line2(), c.town(), c.postcode()) : null;
        return new PublicConcernRequest.Child(c.name(), c.dateOfBirth(), c.approximateAge(), c.description(), address);
    }
}
