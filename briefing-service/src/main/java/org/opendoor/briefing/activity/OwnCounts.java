package org.opendoor.briefing.activity;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.opendoor.briefing.measures.Measure;
import org.opendoor.briefing.measures.Tally;
import org.opendoor.model.OpenDoorZone;

/**
 * Counts OpenDoor's own measures from its records: four grouped queries (contacts, decisions, children referred,
 * notices) for the authorities and months asked, each measure's {@link Tally} then picked out of the groups. The
 * aggregates are JDBC: they are reports over many rows, not entities.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class OwnCounts {
    private static final String FIRST_MONTHS = """
            SELECT local_authority, min(received_at) FROM contact
            WHERE local_authority = ANY(?) AND received_at IS NOT NULL GROUP BY local_authority""";
    private static final String CONTACTS = """
            SELECT local_authority, to_char(received_at AT TIME ZONE ?, 'YYYY-MM'), source_code, categories, count(*)
            FROM contact WHERE local_authority = ANY(?) AND received_at >= ? AND received_at < ?
            GROUP BY 1, 2, 3, 4""";
    private static final String DECISIONS = """
            SELECT local_authority, to_char(received_at AT TIME ZONE ?, 'YYYY-MM'), outcome, priority,
                   within_one_working_day, within_red_timescale, count(*)
            FROM contact WHERE outcome IS NOT NULL AND local_authority = ANY(?) AND received_at >= ? AND received_at < ?
            GROUP BY 1, 2, 3, 4, 5, 6""";
    // DfE: a referral is a re-referral when the same child had a referral to the same authority in the 12 months
    // before this referral's date (counted per child, looking back from each referral, not from today)
    private static final String CHILDREN = """
            WITH referred AS (
                SELECT local_authority, received_at, unnest(child_ids) AS child_id FROM contact
                WHERE outcome = ANY(?) AND received_at IS NOT NULL AND local_authority IS NOT NULL)
            SELECT r.local_authority, to_char(r.received_at AT TIME ZONE ?, 'YYYY-MM'), count(*),
                   count(*) FILTER (WHERE EXISTS (
                       SELECT 1 FROM referred p WHERE p.child_id = r.child_id AND p.local_authority = r.local_authority
                       AND p.received_at < r.received_at AND p.received_at >= r.received_at - interval '12 months'))
            FROM referred r WHERE r.local_authority = ANY(?) AND r.received_at >= ? AND r.received_at < ?
            GROUP BY 1, 2""";
    private static final String NOTICES = """
            SELECT local_authority, to_char(settled_at AT TIME ZONE ?, 'YYYY-MM'), purpose, outcome, in_time, count(*)
            FROM notice WHERE local_authority = ANY(?) AND settled_at >= ? AND settled_at < ?
            GROUP BY 1, 2, 3, 4, 5""";

    private final AgroalDataSource dataSource;
    private final ZoneId zone;

    OwnCounts(AgroalDataSource dataSource, OpenDoorZone zone) {
        this.dataSource = dataSource;
        this.zone = zone.zone();
    }

    /** The counts of {@code measures} (those with a tally) for the authorities, months {@code from} to {@code to}. */
    public MonthlyTallies count(List<Measure> measures, List<String> authorities, YearMonth from, YearMonth to) {
        List<Measure> counted = measures.stream().filter(m -> m.tally() != null).toList();
        Timestamp start = Timestamp.from(from.atDay(1).atStartOfDay(zone).toInstant());
        Timestamp end = Timestamp.from(to.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant());
        try (Connection c = dataSource.getConnection()) {
            Array areas = c.createArrayOf("text", authorities.toArray());
            MonthlyTallies tallies = new MonthlyTallies(firstMonths(c, areas));
            contacts(c, areas, start, end, byKind(counted, Tally.Of.CONTACTS), tallies);
            decisions(c, areas, start, end, byKind(counted, Tally.Of.DECISIONS), tallies);
            children(c, areas, start, end, counted, tallies);
            notices(c, areas, start, end, byKind(counted, Tally.Of.NOTICES), tallies);
            return tallies;
        } catch (SQLException e) {
            throw new IllegalStateException("Counting OpenDoor's own figures failed", e);
        }
    }

    private Map<String, YearMonth> firstMonths(Connection c, Array areas) throws SQLException {
        Map<String, YearMonth> first = new HashMap<>();
        try (PreparedStatement s = c.prepareStatement(FIRST_MONTHS)) {
            s.setArray(1, areas);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    first.put(r.getString(1), YearMonth.from(r.getTimestamp(2).toInstant().atZone(zone)));
                }
            }
        }
        return first;
    }

    private void contacts(Connection c, Array areas, Timestamp start, Timestamp end, List<Measure> measures,
            MonthlyTallies tallies) throws SQLException {
        try (PreparedStatement s = range(c, CONTACTS, areas, start, end); ResultSet r = s.executeQuery()) {
            while (r.next()) {
                String code = r.getString(3);
                Set<String> categories = Set.of((String[]) r.getArray(4).getArray());
                for (Measure m : measures) {
                    Tally t = m.tally();
                    if ((t.sourceCodes().isEmpty() || t.sourceCodes().contains(code))
                            && (t.category() == null || categories.contains(t.category()))) {
                        tallies.add(m.id(), r.getString(1), YearMonth.parse(r.getString(2)), r.getLong(5));
                    }
                }
            }
        }
    }

    private void decisions(Connection c, Array areas, Timestamp start, Timestamp end, List<Measure> measures,
            MonthlyTallies tallies) throws SQLException {
        try (PreparedStatement s = range(c, DECISIONS, areas, start, end); ResultSet r = s.executeQuery()) {
            while (r.next()) {
                String outcome = r.getString(3);
                String priority = r.getString(4);
                boolean inOneDay = r.getBoolean(5);
                boolean inRedTime = r.getBoolean(6);
                for (Measure m : measures) {
                    Tally t = m.tally();
                    boolean within = t.within() == null
                            || t.within() == Tally.Within.ONE_WORKING_DAY && inOneDay
                            || t.within() == Tally.Within.RED_TIMESCALE && inRedTime;
                    if ((t.outcomes().isEmpty() || t.outcomes().contains(outcome))
                            && (t.priority() == null || t.priority().equals(priority)) && within) {
                        tallies.add(m.id(), r.getString(1), YearMonth.parse(r.getString(2)), r.getLong(7));
                    }
                }
            }
        }
    }

    /** One query per set of referral outcomes gives both the children referred and those re-referred. */
    private void children(Connection c, Array areas, Timestamp start, Timestamp end, List<Measure> measures,
            MonthlyTallies tallies) throws SQLException {
        Map<Set<String>, List<Measure>> byOutcomes = measures.stream()
                .filter(m -> m.tally().of() == Tally.Of.CHILD_REFERRALS
                        || m.tally().of() == Tally.Of.CHILD_RE_REFERRALS)
                .collect(Collectors.groupingBy(m -> m.tally().outcomes()));
        for (Map.Entry<Set<String>, List<Measure>> group : byOutcomes.entrySet()) {
            try (PreparedStatement s = c.prepareStatement(CHILDREN)) {
                s.setArray(1, c.createArrayOf("text", group.getKey().toArray()));
                s.setString(2, zone.getId());
                s.setArray(3, areas);
                s.setTimestamp(4, start);
                s.setTimestamp(5, end);
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        for (Measure m : group.getValue()) {
                            int column = m.tally().of() == Tally.Of.CHILD_REFERRALS ? 3 : 4;
                            tallies.add(m.id(), r.getString(1), YearMonth.parse(r.getString(2)), r.getLong(column));
                        }
                    }
                }
            }
        }
    }

    private void notices(Connection c, Array areas, Timestamp start, Timestamp end, List<Measure> measures,
            MonthlyTallies tallies) throws SQLException {
        try (PreparedStatement s = range(c, NOTICES, areas, start, end); ResultSet r = s.executeQuery()) {
            while (r.next()) {
                String purpose = r.getString(3);
                boolean sent = "SENT".equals(r.getString(4));
                boolean inTime = r.getBoolean(5);
                for (Measure m : measures) {
                    Tally t = m.tally();
                    if (t.purpose().equals(purpose) && (t.sent() == null || t.sent() == sent)
                            && (t.inTime() == null || t.inTime() == inTime)) {
                        tallies.add(m.id(), r.getString(1), YearMonth.parse(r.getString(2)), r.getLong(6));
                    }
                }
            }
        }
    }

    private PreparedStatement range(Connection c, String sql, Array areas, Timestamp start, Timestamp end)
            throws SQLException {
        PreparedStatement s = c.prepareStatement(sql);
        s.setString(1, zone.getId());
        s.setArray(2, areas);
        s.setTimestamp(3, start);
        s.setTimestamp(4, end);
        return s;
    }

    private static List<Measure> byKind(List<Measure> measures, Tally.Of of) {
        return measures.stream().filter(m -> m.tally().of() == of).toList();
    }
}
