package org.opendoor.briefing.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.opendoor.briefing.BriefingConfig;
import org.opendoor.briefing.areas.Area;
import org.opendoor.briefing.figures.FigureTable;
import org.opendoor.briefing.figures.MonthlyFigures;
import org.opendoor.briefing.measures.Measure;
import org.opendoor.briefing.measures.MeasureCatalogue;
import org.opendoor.briefing.measures.Section;
import org.opendoor.briefing.usual.UsualModel;
import org.opendoor.calendar.WorkingCalendar;
import org.opendoor.model.OpenDoorZone;

/** Builds an area's briefing for a month: every measure read against what is usual, headlines first. */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class Briefings {
    private final MonthlyFigures figures;
    private final MeasureCatalogue catalogue;
    private final MeasureAssessor assessor;
    private final Publication publication;
    private final Clock clock;
    private final OpenDoorZone zone;

    Briefings(MonthlyFigures figures, MeasureCatalogue catalogue, UsualModel model, WorkingCalendar calendar,
            BriefingConfig config, Clock clock, OpenDoorZone zone) {
        this.figures = figures;
        this.catalogue = catalogue;
        this.assessor = new MeasureAssessor(model, catalogue, calendar);
        this.publication = new Publication(config.suppressBelow());
        this.clock = clock;
        this.zone = zone;
    }

    public BriefingView of(Area area, YearMonth month, boolean published) {
        FigureTable table = table(area, month);
        List<BriefingView.Headline> headlines = new ArrayList<>();
        List<BriefingView.SectionView> sections = new ArrayList<>();
        for (Section section : catalogue.sections()) {
            List<MeasureView> measures = new ArrayList<>();
            for (Measure m : catalogue.inSection(section.id())) {
                MeasureView view = read(table, m, month, published);
                measures.add(view);
                if (m.headline()) {
                    headlines.add(new BriefingView.Headline(section.id(), m.id(), view.statement()));
                }
            }
            sections.add(new BriefingView.SectionView(section.id(), section.title(), measures));
        }
        return new BriefingView(month, new BriefingView.AreaView(area.code(), area.name(), area.kind().name(),
                area.authorities()), complete(month), published, headlines, sections);
    }

    public MeasureView measure(Area area, Measure m, YearMonth month, boolean published) {
        return read(table(area, month), m, month, published);
    }

    /** Whether the month is over (a briefing of the current month is of figures still coming in). */
    public boolean complete(YearMonth month) {
        return month.isBefore(YearMonth.now(clock.withZone(zone.zone())));
    }

    private FigureTable table(Area area, YearMonth month) {
        return figures.of(area, catalogue.measures(), month.minusMonths(MeasureAssessor.HISTORY_MONTHS), month);
    }

    private MeasureView read(FigureTable table, Measure m, YearMonth month, boolean published) {
        MeasureView view = assessor.assess(table, m, month);
        return published ? publication.suppress(view, m, month) : view;
    }
}
