package org.opendoor.triage.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opendoor.triage.Referrals.aReferral;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.opendoor.infra.OpenDoorTestResource;
import org.opendoor.model.CaseStatus;
import org.opendoor.model.DashRiskLevel;
import org.opendoor.model.EventEnvelope;
import org.opendoor.model.Flag;
import org.opendoor.model.Indicator;
import org.opendoor.model.Priority;
import org.opendoor.model.ReferralTriaged;
import org.opendoor.model.Topics;
import org.opendoor.triage.Messaging;
import org.opendoor.triage.Referrals;
import org.opendoor.triage.cases.DutyCase;
import org.opendoor.triage.cases.DutyCases;

/** The child index links repeat referrals, counts them for the rules, and keeps count under concurrency. */
@QuarkusTest
@QuarkusTestResource(OpenDoorTestResource.class)
class RepeatReferralTest {
    @Inject
    AgroalDataSource dataSource;
    @Inject
    Messaging consumer;
    @Inject
    DutyCases cases;

    @Test
    void theThirdReferralAboutAChildIsRaisedOneLevelAndCountsTheEarlierTwo() throws Exception {
        Referrals first = aReferral().with(Indicator.CHILD_UNKEMPT);
        consumer.deliver(first.event());
        Referrals second = first.again().with(Indicator.CHILD_UNKEMPT);
        consumer.deliver(second.event());
        Referrals third = first.again().with(Indicator.CHILD_UNKEMPT);
        third.firstName = " " + first.firstName.toUpperCase() + " "; // normalised before matching
        consumer.deliver(third.event());

        assertThat(caseOf(first.referralId).priorReferrals12Months()).isZero();
        assertThat(caseOf(second.referralId).priorReferrals12Months()).isEqualTo(1);
        DutyCase thirdCase = caseOf(third.referralId);
        assertThat(thirdCase.priorReferrals12Months()).isEqualTo(2);
        assertThat(thirdCase.level()).isEqualTo(3);
        assertThat(thirdCase.priority()).isEqualTo(Priority.AMBER);
        assertThat(thirdCase.rulesFired()).extracting(r -> r.ruleId()).contains("neglect-signs", "repeat-referral");
    }

    @Test
    void theTriagedEventNamesEachChildByItsChildIndexIdInTheReferralsOrder() throws Exception {
        Referrals amy = aReferral();
        Referrals ben = aReferral();
        Referrals first = amy.again().alsoAbout(ben);
        consumer.deliver(first.event());
        Referrals second = ben.again().alsoAbout(amy.again()); // the same two children, the other way round
        consumer.deliver(second.event());
        Referrals alone = amy.again();
        consumer.deliver(alone.event());

        List<UUID> firstIds = triagedEventOf(first.referralId).childIds();
        assertThat(firstIds).hasSize(2).doesNotHaveDuplicates();
        assertThat(triagedEventOf(second.referralId).childIds()).as("the same children, in this referral's order")
                .containsExactly(firstIds.get(1), firstIds.get(0));
        assertThat(triagedEventOf(alone.referralId).childIds()).containsExactly(firstIds.get(0));
        assertThat(caseOf(alone.referralId).childIds()).containsExactly(firstIds.get(0));
    }

    @Test
    void theNhsNumberLinksAChildWhoseNameIsSpeltDifferently() throws Exception {
        Referrals first = aReferral();
        first.nhsNumber = "943 476 " + (5000 + new java.util.Random().nextInt(4999));
        consumer.deliver(first.event());
        Referrals second = first.again();
        second.lastName = first.lastName + "e";
        second.postcode = "LE12 7AA";
        consumer.deliver(second.event());

        assertThat(caseOf(second.referralId).priorReferrals12Months()).isEqualTo(1);
    }

    @Test
    void aNearMatchIsShownAsAPossibleMatchAndNotCounted() throws Exception {
        Referrals first = aReferral();
        consumer.deliver(first.event());
        Referrals moved = first.again().postcode("LE12 9ZZ");
        consumer.deliver(moved.event());

        DutyCase movedCase = caseOf(moved.referralId);
        assertThat(movedCase.priorReferrals12Months()).isZero();
        assertThat(possibleMatchesOf(movedCase.id())).containsExactly("same surname and date of birth");
    }

    @Test
    void thirdPoliceDomesticAbuseIncidentRaisesTheLevelAndAddsMarac() throws Exception {
        Referrals first = aReferral().policeDomesticAbuse(DashRiskLevel.STANDARD);
        consumer.deliver(first.event());
        consumer.deliver(first.again().policeDomesticAbuse(DashRiskLevel.STANDARD).event());
        Referrals third = first.again().policeDomesticAbuse(DashRiskLevel.STANDARD);
        consumer.deliver(third.event());

        DutyCase thirdCase = caseOf(third.referralId);
        assertThat(thirdCase.policeDomesticAbuseIncidents12Months()).isEqualTo(3);
        assertThat(thirdCase.level()).isEqualTo(3);
        assertThat(thirdCase.priority()).isEqualTo(Priority.AMBER);
        assertThat(thirdCase.flags()).contains(Flag.MARAC_REFERRAL, Flag.OPERATION_ENCOMPASS);
    }

    @Test
    void referralsAboutOneChildProcessedAtTheSameMomentAreAllCounted() throws Exception {
        for (int round = 0; round < 3; round++) {
            Referrals child = aReferral();
            List<Referrals> referrals = List.of(child, child.again(), child.again(), child.again());
            CountDownLatch start = new CountDownLatch(1);
            ExecutorService pool = Executors.newFixedThreadPool(referrals.size());
            try {
                List<Future<?>> done = new ArrayList<>();
                for (Referrals r : referrals) {
                    done.add(pool.submit(() -> {
                        start.await();
                        consumer.deliver(r.event());
                        return null;
                    }));
                }
                start.countDown();
                for (Future<?> f : done) {
                    f.get(30, TimeUnit.SECONDS);
                }
            } finally {
                pool.shutdownNow();
            }

            List<Integer> counts = new ArrayList<>();
            for (Referrals r : referrals) {
                counts.add(caseOf(r.referralId).priorReferrals12Months());
            }
            assertThat(counts).as("round " + round).containsExactlyInAnyOrder(0, 1, 2, 3);
            assertThat(childrenNamed(child.lastName)).as("one child in the index").isEqualTo(1);
        }
    }

    @Test
    void sharedDistrictGoesToTheHubAndAnOutsidePostcodeToTheReferrersFrontDoor() throws Exception {
        Referrals shared = aReferral().postcode("LE2 1AA");
        consumer.deliver(shared.event());
        Referrals outside = aReferral().postcode("SW1A 1AA").inDanger();
        consumer.deliver(outside.event());

        DutyCase hub = caseOf(shared.referralId);
        assertThat(hub.team()).isEqualTo("llr-partnership-hub");
        assertThat(hub.flags()).contains(Flag.CONFIRM_AUTHORITY);
        assertThat(hub.status()).isEqualTo(CaseStatus.AWAITING_DECISION);
        DutyCase away = caseOf(outside.referralId);
        assertThat(away.status()).isEqualTo(CaseStatus.AWAITING_DECISION);
        assertThat(away.team()).isEqualTo("leicestershire-first-response"); // the referring school's authority
        assertThat(away.localAuthority()).isEqualTo("E10000018");
        assertThat(away.postcodeOutsidePartnership()).isTrue();
        assertThat(away.priority()).isEqualTo(Priority.RED);
    }

    @Test
    void derbyshireReferralsAreTriagedWithTheirPartnershipsRuleset() throws Exception {
        Referrals derbyshire = aReferral().postcode("DE4 3AG");
        consumer.deliver(derbyshire.event());

        DutyCase c = caseOf(derbyshire.referralId);
        assertThat(c.rulesetVersion()).isEqualTo("ddscp-2026.1");
        assertThat(c.team()).isEqualTo("derbyshire-starting-point");
        assertThat(caseOf(aReferralHandled()).rulesetVersion()).isEqualTo("llr-2026.1");
    }

    private UUID aReferralHandled() throws Exception {
        Referrals r = aReferral();
        consumer.deliver(r.event());
        return r.referralId;
    }

    private DutyCase caseOf(UUID referralId) {
        return QuarkusTransaction.requiringNew().call(() -> cases.findByReferral(referralId).orElseThrow());
    }

    /** The one ReferralTriaged the referral's triage wrote to the outbox. */
    private ReferralTriaged triagedEventOf(UUID referralId) throws Exception {
        try (Connection c = dataSource.getConnection(); PreparedStatement q = c.prepareStatement(
                "SELECT payload FROM outbox_event WHERE message_key = ? AND topic = ? ORDER BY id")) {
            q.setString(1, referralId.toString());
            q.setString(2, Topics.REFERRAL_TRIAGED);
            List<ReferralTriaged> events = new ArrayList<>();
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    events.add(EventEnvelope.fromJson(rs.getString(1)).payloadAs(ReferralTriaged.class));
                }
            }
            assertThat(events).hasSize(1);
            return events.get(0);
        }
    }

    private List<String> possibleMatchesOf(UUID caseId) throws Exception {
        try (Connection c = dataSource.getConnection();
                PreparedStatement q = c.prepareStatement("SELECT reason FROM possible_match WHERE case_id = ?")) {
            q.setObject(1, caseId);
            List<String> reasons = new ArrayList<>();
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    reasons.add(rs.getString(1));
                }
            }
            return reasons;
        }
    }

    private int childrenNamed(String lastName) throws Exception {
        try (Connection c = dataSource.getConnection();
                PreparedStatement q = c.prepareStatement("SELECT count(*) FROM child WHERE last_name = ?")) {
            q.setString(1, lastName.toLowerCase());
            try (ResultSet rs = q.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }
}
