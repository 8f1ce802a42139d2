package org.opendoor.triage.returns;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.opendoor.model.EnglishAuthorities;
import org.opendoor.model.Pathway;
import org.opendoor.triage.children.Child;

/**
 * Builds an authority's census return from what triage holds: every case the authority owns whose referral came in
 * during the collection year (London dates; cases transferred to another authority's front door are that
 * authority's), one child per child of the index (a child a person confirmed as another child of the index counts
 * as that one), one CINdetails per referral, in date order. The DfE LA number comes from the shared-model list of
 * English authorities.
 */
@ApplicationScoped
public class CensusReturns {
    private static final String CASES = """
            SELECT d.id, d.reference, d.received_at, d.source_code, d.child_ids, cd.outcome, cd.primary_need_code,
                   cd.decided_at
            FROM duty_case d LEFT JOIN case_decision cd ON cd.case_id = d.id
            WHERE d.local_authority = ? AND d.received_at >= ? AND d.received_at < ?
              AND d.status <> 'TRANSFERRED_OUT_OF_AREA'
            ORDER BY d.received_at, d.id""";
    private static final String CONFIRMED = """
            SELECT case_id, child_id, matched_child_id FROM possible_match
            WHERE status = 'CONFIRMED' AND case_id = ANY (?)""";
    private static final String CHILDREN = """
            SELECT id, la_child_number, date_of_birth, upn, former_upn, sex, ethnicity, disabilities
            FROM child WHERE id = ANY (?)""";

    private final AgroalDataSource dataSource;
    private final ReturnsConfig config;
    private final DecisionOutcomes outcomes = DecisionOutcomes.shipped();

    CensusReturns(AgroalDataSource dataSource, ReturnsConfig config) {
        this.dataSource = dataSource;
        this.config = config;
    }

    /** The DfE LA number of an authority with children's services, if it is one. */
    public static java.util.Optional<String> laNumber(String onsCode) {
        return EnglishAuthorities.shipped().find(onsCode).map(EnglishAuthorities.Authority::laNumber);
    }

    public CensusReturn of(String localAuthority, CollectionYear year, int serialNo, Instant now) throws SQLException {
        String laNumber = laNumber(localAuthority).orElseThrow(() -> new IllegalArgumentException(
                "not an English authority with children's services: " + localAuthority));
        Map<UUID, List<CensusReferral>> referralsOf = new LinkedHashMap<>();
        try (Connection c = dataSource.getConnection()) {
            List<CaseRow> cases = cases(c, localAuthority, year);
            Map<String, UUID> confirmed = confirmed(c, cases);
            for (CaseRow row : cases) {
                CensusReferral referral = referral(row, year);
                for (UUID childId : row.childIds()) {
                    UUID child = confirmed.getOrDefault(row.caseId() + "/" + childId, childId);
                    List<CensusReferral> list = referralsOf.computeIfAbsent(child, k -> new ArrayList<>());
                    if (!list.contains(referral)) {
                        list.add(referral);
                    }
                }
            }
            List<CensusChild> children = children(c, referralsOf, year);
            return new CensusReturn(year, localAuthority, laNumber, config.softwareCode(), config.release(), serialNo,
                    LocalDateTime.ofInstant(now, CollectionYear.LONDON).truncatedTo(ChronoUnit.SECONDS), children);
        }
    }

    private record CaseRow(UUID caseId, String reference, Instant receivedAt, String sourceCode, List<UUID> childIds,
            Pathway outcome, String primaryNeedCode, Instant decidedAt) {
    }

    private static List<CaseRow> cases(Connection c, String la, CollectionYear year) throws SQLException {
        List<CaseRow> rows = new ArrayList<>();
        try (PreparedStatement q = c.prepareStatement(CASES)) {
            q.setString(1, la);
            q.setTimestamp(2, Timestamp.from(year.from()));
            q.setTimestamp(3, Timestamp.from(year.until()));
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    OffsetDateTime decided = rs.getObject(8, OffsetDateTime.class);
                    rows.add(new CaseRow(rs.getObject(1, UUID.class), rs.getString(2),
                            rs.getObject(3, OffsetDateTime.class).toInstant(), rs.getString(4), uuids(rs.getArray(5)),
                            rs.getString(6) == null ? null : Pathway.valueOf(rs.getString(6)), rs.getString(7),
                            decided == null ? null : decided.toInstant()));
                }
            }
        }
        return rows;
    }

    /** Keys "caseId/childId" of children a person confirmed as another child of the index, to that child. */
    private static Map<String, UUID> confirmed(Connection c, List<CaseRow> cases) throws SQLException {
        Map<String, UUID> confirmed = new HashMap<>();
        if (cases.isEmpty()) {
            return confirmed;
        }
        try (PreparedStatement q = c.prepareStatement(CONFIRMED)) {
            q.setArray(1, c.createArrayOf("uuid", cases.stream().map(CaseRow::caseId).toArray()));
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    confirmed.put(rs.getObject(1, UUID.class) + "/" + rs.getObject(2, UUID.class),
                            rs.getObject(3, UUID.class));
                }
            }
        }
        return confirmed;
    }

    private CensusReferral referral(CaseRow row, CollectionYear year) {
        LocalDate referred = LocalDate.ofInstant(row.receivedAt(), CollectionYear.LONDON);
        if (row.outcome() == null) {
            return new CensusReferral(row.caseId(), row.reference(), referred, row.sourceCode(), null, null, null,
                    null);
        }
        DecisionOutcomes.Reading reading = outcomes.of(row.outcome());
        LocalDate decided = LocalDate.ofInstant(row.decidedAt(), CollectionYear.LONDON);
        boolean closedByReferenceDate = reading.reasonForClosure() != null && !decided.isAfter(year.referenceDate());
        return new CensusReferral(row.caseId(), row.reference(), referred, row.sourceCode(), row.primaryNeedCode(),
                reading.referralNfa(), closedByReferenceDate ? decided : null,
                closedByReferenceDate ? reading.reasonForClosure() : null);
    }

    private static List<CensusChild> children(Connection c, Map<UUID, List<CensusReferral>> referralsOf,
            CollectionYear year) throws SQLException {
        List<CensusChild> children = new ArrayList<>();
        if (referralsOf.isEmpty()) {
            return children;
        }
        try (PreparedStatement q = c.prepareStatement(CHILDREN)) {
            q.setArray(1, c.createArrayOf("uuid", referralsOf.keySet().toArray()));
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    List<CensusReferral> referrals = new ArrayList<>(referralsOf.get(rs.getObject(1, UUID.class)));
                    referrals.sort(Comparator.comparing(CensusReferral::referralDate));
                    LocalDate born = rs.getObject(3, LocalDate.class);
                    String upn = rs.getString(4);
                    Array disabilities = rs.getArray(8);
                    CensusChild child = new CensusChild(Child.laChildId(rs.getLong(2)), upn, rs.getString(5), null,
                            born, null, rs.getString(6), rs.getString(7),
                            disabilities == null ? null : Arrays.asList((String[]) disabilities.getArray()), referrals);
                    children.add(upn != null ? child : withUpnUnknown(child, year));
                }
            }
        }
        children.sort(Comparator.comparing(CensusChild::laChildId));
        return children;
    }

    /**
     * Why a child has no UPN, where the front door knows: UN1 for a child not yet of school age at the reference
     * date (born after 31 August six years before the September that follows it), UN7 when every referral ended in
     * no further action. Otherwise none: rule 8770Q asks staff to find the UPN.
     */
    static CensusChild withUpnUnknown(CensusChild child, CollectionYear year) {
        LocalDate schoolAge = LocalDate.of(year.year() - 6, 8, 31);
        String reason = child.birthDate() != null && child.birthDate().isAfter(schoolAge) ? "UN1"
                : child.allReferralsNfa() ? "UN7" : null;
        return new CensusChild(child.laChildId(), child.upn(), child.formerUpn(), reason, child.birthDate(),
                child.expectedBirthDate(), child.sex(), child.ethnicity(), child.disabilities(), child.referrals());
    }

    private static List<UUID> uuids(Array array) throws SQLException {
        if (array == null) {
            return List.of();
        }
        Object[] values = (Object[]) array.getArray();
        List<UUID> ids = new ArrayList<>();
        for (Object v : values) {
            ids.add(v instanceof UUID u ? u : UUID.fromString(v.toString()));
        }
        return ids;
    }
}
