package org.opendoor.triage.cases;

import com.fasterxml.jackson.core.type.TypeReference;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.opendoor.model.CaseStatus;
import org.opendoor.model.Flag;
import org.opendoor.model.Json;
import org.opendoor.model.Pathway;
import org.opendoor.model.Priority;
import org.opendoor.triage.rules.CinSuggestion;
import org.opendoor.triage.rules.FiredRule;

/** The duty_case table, on the caller's connection so that case, links and outbox commit together. */
@ApplicationScoped
public class DutyCases {
    private static final String COLUMNS = """
            id, referral_id, reference, local_authority, team, level, priority, recommended_pathway, flags,
            ruleset_version, rules_fired, cin_primary_need, cin_factors, received_at, decision_due_at, status,
            prior_referrals_12_months, police_da_incidents_12_months, referral, escalated_at, routing_basis,
            postcode_outside_partnership, source_code, source_code_needs_review""";
    private static final String INSERT = "INSERT INTO duty_case (" + COLUMNS + ") VALUES "
            + "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, CAST(? AS jsonb), ?, ?, ?, ?, ?, ?, ?, CAST(? AS jsonb), ?, ?, ?, ?, ?)";
    /** Most urgent first: priority, then the decision deadline. */
    private static final String ORDER = " ORDER BY array_position(ARRAY['RED','AMBER','GREEN'], priority), "
            + "decision_due_at, received_at";
    private static final TypeReference<List<FiredRule>> FIRED = new TypeReference<>() {
    };

    public void insert(Connection c, DutyCase d) throws SQLException {
        try (PreparedStatement q = c.prepareStatement(INSERT)) {
            int i = 1;
            q.setObject(i++, d.id());
            q.setObject(i++, d.referralId());
            q.setString(i++, d.reference());
            q.setString(i++, d.localAuthority());
            q.setString(i++, d.team());
            q.setInt(i++, d.level());
            q.setString(i++, d.priority().name());
            q.setString(i++, d.recommendedPathway().name());
            q.setArray(i++, c.createArrayOf("text", d.flags().stream().map(Enum::name).sorted().toArray()));
            q.setString(i++, d.rulesetVersion());
            q.setString(i++, Json.write(d.rulesFired()));
            q.setString(i++, d.cin().primaryNeed());
            q.setArray(i++, c.createArrayOf("text", d.cin().factors().toArray()));
            q.setTimestamp(i++, Timestamp.from(d.receivedAt()));
            q.setTimestamp(i++, Timestamp.from(d.decisionDueAt()));
            q.setString(i++, d.status().name());
            q.setInt(i++, d.priorReferrals12Months());
            q.setInt(i++, d.policeDomesticAbuseIncidents12Months());
            q.setString(i++, d.referral());
            q.setNull(i++, Types.TIMESTAMP_WITH_TIMEZONE);
            q.setString(i++, d.routingBasis());
            q.setBoolean(i++, d.postcodeOutsidePartnership());
            q.setString(i++, d.sourceCode());
            q.setBoolean(i, d.sourceCodeNeedsReview());
            q.executeUpdate();
        }
    }

    public Optional<DutyCase> find(Connection c, UUID id, boolean forUpdate) throws SQLException {
        return one(c, "SELECT " + COLUMNS + " FROM duty_case WHERE id = ?" + (forUpdate ? " FOR UPDATE" : ""), id);
    }

    public Optional<DutyCase> findByReferral(Connection c, UUID referralId) throws SQLException {
        return one(c, "SELECT " + COLUMNS + " FROM duty_case WHERE referral_id = ?", referralId);
    }

    /** A queue: the cases of these teams or of this authority, filtered, most urgent first. */
    public List<DutyCase> queue(Connection c, String localAuthority, Set<String> extraQueues, CaseStatus status,
            Priority priority, int limit) throws SQLException {
        String sql = "SELECT " + COLUMNS + " FROM duty_case WHERE (local_authority = ? OR team = ANY (?))"
                + (status != null ? " AND status = ?" : "") + (priority != null ? " AND priority = ?" : "")
                + ORDER + " LIMIT ?";
        try (PreparedStatement q = c.prepareStatement(sql)) {
            int i = 1;
            q.setString(i++, localAuthority);
            q.setArray(i++, c.createArrayOf("text", extraQueues.toArray()));
            if (status != null) {
                q.setString(i++, status.name());
            }
            if (priority != null) {
                q.setString(i++, priority.name());
            }
            q.setInt(i, limit);
            return all(q);
        }
    }

    /** What re-running the rules changed: the recommendation, its explanation and, when sooner, the deadline. */
    public void revise(Connection c, DutyCase revised) throws SQLException {
        try (PreparedStatement q = c.prepareStatement("UPDATE duty_case SET level = ?, priority = ?, "
                + "recommended_pathway = ?, flags = ?, ruleset_version = ?, rules_fired = CAST(? AS jsonb), "
                + "decision_due_at = ?, local_authority = ?, team = ? WHERE id = ?")) {
            q.setInt(1, revised.level());
            q.setString(2, revised.priority().name());
            q.setString(3, revised.recommendedPathway().name());
            q.setArray(4, c.createArrayOf("text", revised.flags().stream().map(Enum::name).sorted().toArray()));
            q.setString(5, revised.rulesetVersion());
            q.setString(6, Json.write(revised.rulesFired()));
            q.setTimestamp(7, Timestamp.from(revised.decisionDueAt()));
            q.setString(8, revised.localAuthority());
            q.setString(9, revised.team());
            q.setObject(10, revised.id());
            q.executeUpdate();
        }
    }

    public void correctSourceCode(Connection c, UUID id, String sourceCode) throws SQLException {
        try (PreparedStatement q = c.prepareStatement(
                "UPDATE duty_case SET source_code = ?, source_code_needs_review = false WHERE id = ?")) {
            q.setString(1, sourceCode);
            q.setObject(2, id);
            q.executeUpdate();
        }
    }

    public void setStatus(Connection c, UUID id, CaseStatus status) throws SQLException {
        try (PreparedStatement q = c.prepareStatement("UPDATE duty_case SET status = ? WHERE id = ?")) {
            q.setString(1, status.name());
            q.setObject(2, id);
            q.executeUpdate();
        }
    }

    public void setPriorReferrals(Connection c, UUID id, int prior, int policeIncidents) throws SQLException {
        try (PreparedStatement q = c.prepareStatement("UPDATE duty_case SET prior_referrals_12_months = ?, "
                + "police_da_incidents_12_months = ? WHERE id = ?")) {
            q.setInt(1, prior);
            q.setInt(2, policeIncidents);
            q.setObject(3, id);
            q.executeUpdate();
        }
    }

    public List<CaseView.PossibleMatchView> possibleMatches(Connection c, UUID caseId) throws SQLException {
        String sql = """
                SELECT m.child_id, m.matched_child_id, m.reason, m.status,
                       (SELECT count(*) FROM child_referral r WHERE r.child_id = m.matched_child_id)
                FROM possible_match m WHERE m.case_id = ? ORDER BY m.matched_child_id""";
        List<CaseView.PossibleMatchView> matches = new ArrayList<>();
        try (PreparedStatement q = c.prepareStatement(sql)) {
            q.setObject(1, caseId);
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    matches.add(new CaseView.PossibleMatchView(rs.getObject(1, UUID.class),
                            rs.getObject(2, UUID.class), rs.getString(3), rs.getString(4), rs.getInt(5)));
                }
            }
        }
        return matches;
    }

    public Optional<CaseView.DecisionView> decision(Connection c, UUID caseId) throws SQLException {
        try (PreparedStatement q = c.prepareStatement(
                "SELECT outcome, rationale, decided_by, decided_at FROM case_decision WHERE case_id = ?")) {
            q.setObject(1, caseId);
            try (ResultSet rs = q.executeQuery()) {
                return rs.next() ? Optional.of(new CaseView.DecisionView(Pathway.valueOf(rs.getString(1)),
                        rs.getString(2), rs.getString(3), rs.getTimestamp(4).toInstant())) : Optional.empty();
            }
        }
    }

    public Optional<CaseView.TransferView> transfer(Connection c, UUID caseId) throws SQLException {
        try (PreparedStatement q = c.prepareStatement("SELECT to_local_authority, to_name, to_phone, note, "
                + "transferred_by, transferred_at FROM case_transfer WHERE case_id = ?")) {
            q.setObject(1, caseId);
            try (ResultSet rs = q.executeQuery()) {
                return rs.next() ? Optional.of(new CaseView.TransferView(rs.getString(1), rs.getString(2),
                        rs.getString(3), rs.getString(4), rs.getString(5), rs.getTimestamp(6).toInstant()))
                        : Optional.empty();
            }
        }
    }

    public void recordDecision(Connection c, UUID caseId, Pathway outcome, String rationale, String decidedBy,
            Instant at) throws SQLException {
        try (PreparedStatement q = c.prepareStatement("INSERT INTO case_decision (case_id, outcome, rationale, "
                + "decided_by, decided_at) VALUES (?, ?, ?, ?, ?)")) {
            q.setObject(1, caseId);
            q.setString(2, outcome.name());
            q.setString(3, rationale);
            q.setString(4, decidedBy);
            q.setTimestamp(5, Timestamp.from(at));
            q.executeUpdate();
        }
        setStatus(c, caseId, CaseStatus.DECIDED);
    }

    private static Optional<DutyCase> one(Connection c, String sql, UUID id) throws SQLException {
        try (PreparedStatement q = c.prepareStatement(sql)) {
            q.setObject(1, id);
            List<DutyCase> found = all(q);
            return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
        }
    }

    private static List<DutyCase> all(PreparedStatement q) throws SQLException {
        List<DutyCase> cases = new ArrayList<>();
        try (ResultSet rs = q.executeQuery()) {
            while (rs.next()) {
                cases.add(read(rs));
            }
        }
        return cases;
    }

    static DutyCase read(ResultSet rs) throws SQLException {
        Set<Flag> flags = EnumSet.noneOf(Flag.class);
        for (String f : strings(rs.getArray("flags"))) {
            flags.add(Flag.valueOf(f));
        }
        Timestamp escalated = rs.getTimestamp("escalated_at");
        return new DutyCase(rs.getObject("id", UUID.class), rs.getObject("referral_id", UUID.class),
                rs.getString("reference"), rs.getString("local_authority"), rs.getString("team"), rs.getInt("level"),
                Priority.valueOf(rs.getString("priority")), Pathway.valueOf(rs.getString("recommended_pathway")),
                flags, rs.getString("ruleset_version"), readFired(rs.getString("rules_fired")),
                new CinSuggestion(rs.getString("cin_primary_need"), strings(rs.getArray("cin_factors"))),
                rs.getTimestamp("received_at").toInstant(), instant(rs.getTimestamp("decision_due_at")),
                CaseStatus.valueOf(rs.getString("status")), rs.getInt("prior_referrals_12_months"),
                rs.getInt("police_da_incidents_12_months"), rs.getString("referral"),
                escalated == null ? null : escalated.toInstant(), rs.getString("routing_basis"),
                rs.getBoolean("postcode_outside_partnership"), rs.getString("source_code"),
                rs.getBoolean("source_code_needs_review"));
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }

    private static List<FiredRule> readFired(String json) {
        try {
            return Json.mapper().readValue(json, FIRED);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("rules_fired of a case is not readable", e);
        }
    }

    private static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }
}
