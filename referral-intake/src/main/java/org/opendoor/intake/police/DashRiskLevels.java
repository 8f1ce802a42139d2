package org.opendoor.intake.police;

import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.EnumSet;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;
import org.opendoor.data.DataFile;
import org.opendoor.model.DashRiskLevel;

/**
 * The DASH level each score implies, read from {@value #FILE} and checked at start-up: every level once,
 * STANDARD from 0, higher levels from higher scores, all within the checklist's 27 questions.
 */
@Startup
@ApplicationScoped
public class DashRiskLevels {
    public static final String FILE = "dash/risk-levels.csv";

    private final NavigableMap<Integer, DashRiskLevel> byMinimumScore;

    public DashRiskLevels() {
        this(DataFile.load(FILE, 2));
    }

    DashRiskLevels(DataFile file) {
        NavigableMap<Integer, DashRiskLevel> levels = new TreeMap<>();
        Set<DashRiskLevel> seen = EnumSet.noneOf(DashRiskLevel.class);
        for (DataFile.Row row : file.rows()) {
            DashRiskLevel level;
            int from;
            try {
                level = DashRiskLevel.valueOf(row.field(0));
                from = Integer.parseInt(row.field(1));
            } catch (IllegalArgumentException e) {
                throw file.error(row, "expected a DASH level and a whole number, got " + row.fields());
            }
            if (from < 0 || from > DashRisk.QUESTIONS) {
                throw file.error(row, "score " + from + " is outside 0-" + DashRisk.QUESTIONS);
            }
            if (!seen.add(level) || levels.put(from, level) != null) {
                throw file.error(row, "level or score listed twice");
            }
        }
        if (!seen.equals(EnumSet.allOf(DashRiskLevel.class)) || !levels.containsKey(0)) {
            throw new IllegalStateException(file.name() + ": needs every DASH level once, the lowest from score 0");
        }
        DashRiskLevel previous = null;
        for (DashRiskLevel level : levels.values()) {
            if (previous != null && level.ordinal() < previous.ordinal()) {
                throw new IllegalStateException(file.name() + ": " + level + " starts at a higher score than " + previous);
            }
            previous = level;
        }
        this.byMinimumScore = levels;
    }

    public DashRiskLevel impliedBy(int score) {
        return byMinimumScore.floorEntry(Math.max(0, score)).getValue();
    }

    public boolean lowerThanScoreAllows(DashRiskLevel level, int score) {
        return level.ordinal() < impliedBy(score).ordinal();
    }
}
