package org.opendoor.briefing.usual;

/**
 * The change from the previous month.
 *
 * @param previous  the previous month's count, null when that month is not in the series
 * @param percent   the raw percentage change of the value (the count, or count/exposure for a rate), null when
 *                  the previous month is unknown or its value is 0
 * @param direction UP or DOWN only when the change, adjusted for exposure, is more than chance
 */
public record MonthChange(Long previous, Double percent, ChangeDirection direction) {
    public MonthChange {
        if (direction == null) {
            throw new IllegalArgumentException("direction is required");
        }
    }

    static MonthChange unknown() {
        return new MonthChange(null, null, ChangeDirection.SIMILAR);
    }
}
