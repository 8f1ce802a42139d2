package org.opendoor.briefing.figures;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * The current value of a figure someone sent, for one area, measure and month. A correction changes it here and
 * adds a {@link FigureRevision}; the first version is a revision too, so the history holds every value.
 */
@Entity
@Table(name = "figure")
public class SubmittedFigure extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "figure_id_seq")
    @SequenceGenerator(name = "figure_id_seq", sequenceName = "figure_id_seq", allocationSize = 50)
    private Long id;
    private String area;
    private String measure;
    private String month;
    private long value;
    private String source;
    private String organisation;
    private String submittedBy;
    private Instant submittedAt;
    private int revision;

    protected SubmittedFigure() {
    }

    static SubmittedFigure first(FigureRow row, Submitter by, Instant at) {
        SubmittedFigure f = new SubmittedFigure();
        f.area = row.area();
        f.measure = row.measure();
        f.month = row.month().toString();
        f.revision = 0;
        f.revise(row, by, at);
        return f;
    }

    /** Takes the row's value (a first value or a correction) and records the version. */
    void revise(FigureRow row, Submitter by, Instant at) {
        value = row.value();
        source = row.source();
        organisation = by.organisation();
        submittedBy = by.name();
        submittedAt = at;
        revision++;
        new FigureRevision(this).persist();
    }

    public String area() {
        return area;
    }

    public String measure() {
        return measure;
    }

    public String month() {
        return month;
    }

    public long value() {
        return value;
    }

    public String source() {
        return source;
    }

    public String organisation() {
        return organisation;
    }

    public String submittedBy() {
        return submittedBy;
    }

    public Instant submittedAt() {
        return submittedAt;
    }

    public int revision() {
        return revision;
    }
}
