package org.opendoor.frontend.briefing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import org.junit.jupiter.api.Test;

/** The page model built from a briefing in the contract's shape: order, words for every number, charts and tables. */
class BriefingViewTest {
    private final BriefingView view = BriefingView.from(BriefingFixture.briefing(), YearMonth.of(2020, 6));

    @Test
    void theTitleNamesTheAreaAndTheMonthAndTheHeadlinesComeFirstInTheServicesOrder() {
        assertThat(view.title())
                .isEqualTo("Performance briefing: Derby and Derbyshire Safeguarding Children Partnership, June 2020");
        assertThat(view.complete()).isTrue();
        assertThat(view.headlines()).hasSize(2).first().asString().startsWith("Contacts were lower than we would usually see");
        assertThat(view.sections()).extracting(BriefingView.SectionView::id)
                .containsExactly("contacts", "social-care", "domestic-abuse", "timeliness");
    }

    @Test
    void chartedMeasuresBecomeFiguresAndTheRestASectionTable() {
        BriefingView.SectionView contacts = view.sections().get(0);
        assertThat(contacts.charts()).extracting(BriefingView.ChartView::anchor).containsExactly("measure-contacts");
        assertThat(contacts.rows()).extracting(BriefingView.MeasureRow::anchor)
                .containsExactly("measure-contacts-source-health", "measure-contacts-source-anonymous");
        BriefingView.ChartView chart = contacts.charts().get(0);
        assertThat(chart.svg()).startsWith("<svg").contains("chart-contacts-desc");
        assertThat(chart.thisMonth()).extracting(BriefingView.MeasureRow::value, BriefingView.MeasureRow::expected,
                BriefingView.MeasureRow::range, BriefingView.MeasureRow::change)
                .containsExactly("1,180", "1,602", "1,391 to 1,829", "\u221226.1%");
        assertThat(chart.statement()).contains("1,180 against an expected 1,602");
        assertThat(chart.csvHref()).isEqualTo("/staff/briefing/2020-06/contacts.csv?area=DDSCP");
        assertThat(view.csvHref()).isEqualTo("/staff/briefing/2020-06.csv?area=DDSCP");
        assertThat(chart.tableCaption()).isEqualTo("Contacts, July 2018 to June 2020");
    }

    @Test
    void theChartsDataTableHasEveryMonthWithThisMonthAndTheExcludedMonthsSaid() {
        var data = view.sections().get(0).charts().get(0).data();
        assertThat(data).hasSize(24);
        assertThat(data.get(0)).isEqualTo(new BriefingView.DataRow("July 2018", false, false, "1,490",
                data.get(0).expected(), data.get(0).range()));
        assertThat(data.get(23)).extracting(BriefingView.DataRow::month, BriefingView.DataRow::current,
                BriefingView.DataRow::value).containsExactly("June 2020", true, "1,180");
        assertThat(data).filteredOn(BriefingView.DataRow::excluded).extracting(BriefingView.DataRow::month)
                .containsExactly("April 2020", "May 2020");
    }

    @Test
    void percentagesShowOneDecimalAndAPercentSign() {
        BriefingView.SectionView socialCare = view.sections().get(1);
        BriefingView.MeasureRow nfa = socialCare.rows().get(0);
        assertThat(nfa.value()).isEqualTo("41.3%");
        assertThat(nfa.expected()).isEqualTo("43.0%");
        assertThat(nfa.range()).isEqualTo("38.2% to 47.9%");
        assertThat(nfa.change()).isEqualTo("\u22124.1%");
        assertThat(socialCare.charts().get(1).thisMonth().change()).isEqualTo("+11.7%");
    }

    @Test
    void aSuppressedValueIsCAndTheSectionAndPageSayWhatThatMeans() {
        BriefingView.SectionView contacts = view.sections().get(0);
        BriefingView.MeasureRow anonymous = contacts.rows().get(1);
        assertThat(anonymous.value()).isEqualTo("[c]");
        assertThat(anonymous.suppressed()).isTrue();
        assertThat(anonymous.change()).isNull();
        assertThat(contacts.rowsSuppressed()).isTrue();
        assertThat(view.anySuppressed()).isTrue();
        assertThat(view.sections().get(1).rowsSuppressed()).isFalse();
    }

    @Test
    void guardedMeasuresSaySoPlainlyAndMissingBaselinesAreNotDressedUpAsNumbers() {
        BriefingView.MeasureRow anonymous = view.sections().get(0).rows().get(1);
        assertThat(anonymous.guard()).startsWith("Too few to say");
        BriefingView.ChartView police = view.sections().get(2).charts().get(0);
        assertThat(police.guard()).startsWith("No usual range yet");
        assertThat(police.thisMonth().expected()).isEqualTo("none yet");
        assertThat(police.data().get(0).value()).isEqualTo("no figure");
        assertThat(police.thisMonth().range()).isNull();
        assertThat(police.source()).isEqualTo("Derbyshire Constabulary");
        assertThat(view.sections().get(3).rows().get(0).guard()).startsWith("Too few to say");
        assertThat(view.sections().get(1).rows().get(0).guard()).isNull();
    }

    @Test
    void numbersAreRoundedAsTheServiceRoundsThem() {
        assertThat(FigureText.of(1602.5, false)).isEqualTo("1,603");
        assertThat(FigureText.of(41.25, true)).isEqualTo("41.3%");
        assertThat(FigureText.of(null, false)).isEqualTo("no figure");
        assertThat(FigureText.change(0.04)).isEqualTo("0.0%");
        assertThat(FigureText.range(1.0, null, false)).isNull();
    }
}
