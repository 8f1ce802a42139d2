package org.opendoor.briefing.figures;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import org.hibernate.annotations.Immutable;

/** One version of a submitted figure, as it was sent: the audit of corrections keeps both values. */
@Entity
@Table(name = "figure_revision")
@Immutable
public class FigureRevision extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "figure_revision_id_seq")
    @SequenceGenerator(name = "figure_revision_id_seq", sequenceName = "figure_revision_id_seq", allocationSize = 50)
    private Long id;
    private String area;
    private String measure;
    private String month;
    private int revision;
    private long value;
    private String source;
    private String organisation;
    private String submittedBy;
    private Instant submittedAt;

    protected FigureRevision() {
    }

    FigureRevision(SubmittedFigure f) {
        area = f.area();
        measure = f.measure();
        month = f.month();
        revision = f.revision();
        value = f.value();
        source = f.source();
        organisation = f.organisation();
        submittedBy = f.submittedBy();
        submittedAt = f.submittedAt();
    }

    static List<FigureRevision> of(String area, String measure) {
        return list("area = ?1 and measure = ?2 order by month, revision", area, measure);
    }

    public String month() {
        return month;
    }

    public int revision() {
        return revision;
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
}
