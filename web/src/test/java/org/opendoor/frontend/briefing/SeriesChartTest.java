package org.opendoor.frontend.briefing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

/** The briefing's SVG chart: its scales, what it tells assistive technology, its parts, and months with no figure. */
class SeriesChartTest {
    private static final String AREA = "Derby and Derbyshire Safeguarding Children Partnership";

    private final Briefing.Measure contacts = BriefingFixture.measure("contacts");
    private final SeriesChart chart = SeriesChart.of(contacts, AREA);

    @Test
    void theValueAxisStartsAtZeroAndEndsOnARoundNumberAboveEveryValueExpectedAndUsualHigh() {
        double highest = contacts.series().stream().mapToDouble(p -> Math.max(p.value(), p.usualHigh())).max()
                .orElseThrow();
        assertThat(chart.max()).isGreaterThanOrEqualTo(highest).isEqualTo(2000);
        assertThat(chart.ticks()).containsExactly(0.0, 500.0, 1000.0, 1500.0, 2000.0);
        assertThat(chart.y(0)).isEqualTo(SeriesChart.HEIGHT - SeriesChart.BOTTOM);
        assertThat(chart.y(chart.max())).isEqualTo(SeriesChart.TOP);
        assertThat(chart.x(0)).isEqualTo(SeriesChart.LEFT);
        assertThat(chart.x(23)).isEqualTo(SeriesChart.WIDTH - SeriesChart.RIGHT);
        // counts step in whole numbers even when the numbers are tiny; percentages may step in halves
        assertThat(SeriesChart.step(3, false)).isEqualTo(1);
        assertThat(SeriesChart.step(9, false)).isEqualTo(3);
        assertThat(SeriesChart.step(29.1, true)).isEqualTo(10);
        assertThat(SeriesChart.step(0, false)).isEqualTo(1);
    }

    @Test
    void theChartIsOneImageNamedByItsTitleAndDescribedInWordsWithItsNumbers() throws Exception {
        String svg = chart.svg();
        Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
        var root = doc.getDocumentElement();
        assertThat(root.getAttribute("role")).isEqualTo("img");
        assertThat(root.getAttribute("aria-labelledby")).isEqualTo("chart-contacts-title chart-contacts-desc");
        assertThat(doc.getElementsByTagName("title").item(0).getAttributes().getNamedItem("id").getNodeValue())
                .isEqualTo("chart-contacts-title");
        assertThat(doc.getElementsByTagName("title").item(0).getTextContent())
                .isEqualTo("Contacts, " + AREA + ", by month");
        String desc = doc.getElementsByTagName("desc").item(0).getTextContent();
        assertThat(desc).contains("July 2018 to June 2020", "June 2020, this month: 1,180",
                "against an expected 1,602", "(usual range 1,391 to 1,829)", "lowest was 820 in April 2020",
                "highest 1,720 in October 2019", "dashed line the expected value", "shaded band the usual range");
    }

    @Test
    void itDrawsTheUsualRangeTheExpectedLineTheValuesAndMarksThisMonthWithAxisLabels() {
        String svg = chart.svg();
        assertThat(count(svg, "class=\"opendoor-chart__band\"")).isEqualTo(1);
        assertThat(count(svg, "class=\"opendoor-chart__band-edge\"")).isEqualTo(2);
        assertThat(count(svg, "class=\"opendoor-chart__expected\"")).isEqualTo(1);
        assertThat(count(svg, "class=\"opendoor-chart__value\"")).isEqualTo(1);
        // a marker on each earlier month, the two lockdown months hollow; this month is the diamond
        assertThat(count(svg, "<circle")).isEqualTo(23);
        assertThat(count(svg, "opendoor-chart__point--excluded")).isEqualTo(2);
        assertThat(count(svg, "class=\"opendoor-chart__current\"")).isEqualTo(1);
        assertThat(svg).contains(">This month: 1,180</text>",
                "class=\"opendoor-chart__month opendoor-chart__month--current\"", ">Jun 2020</text>",
                ">Month</text>", ">Number</text>", ">1,500</text>");
        // the diamond sits on June's value
        assertThat(svg).contains(String.format(java.util.Locale.ROOT, "M%.1f,%.1f", chart.x(23), chart.y(1180) - 7));
    }

    @Test
    void thereIsNoInlineStyleAnywhereOnlyClasses() {
        for (String id : List.of("contacts", "conversion-rate", "police-domestic-abuse-incidents")) {
            String svg = SeriesChart.of(BriefingFixture.measure(id), AREA).svg();
            assertThat(svg).doesNotContain("style=", "<style", "fill=\"#", "stroke=\"#");
        }
    }

    @Test
    void monthsWithoutAFigureOrABaselineBreakTheLinesInsteadOfBridgingThem() {
        // the police's figures start six months in, and there are not yet three years for a baseline
        Briefing.Measure police = BriefingFixture.measure("police-domestic-abuse-incidents");
        String svg = SeriesChart.of(police, AREA).svg();
        assertThat(count(svg, "class=\"opendoor-chart__value\"")).isEqualTo(1);
        assertThat(count(svg, "<circle")).isEqualTo(17);
        assertThat(svg).doesNotContain("opendoor-chart__band", "opendoor-chart__expected");
        String desc = SeriesChart.of(police, AREA).description();
        assertThat(desc).contains("this month: 1,575; no usual range yet", "6 months have no figure shown");

        List<Briefing.Point> gap = new ArrayList<>(contacts.series());
        Briefing.Point hole = gap.get(10);
        gap.set(10, new Briefing.Point(hole.month(), null, null, null, null, false));
        SeriesChart withGap = new SeriesChart("chart-gap", "Gap", false, false, gap);
        assertThat(count(withGap.svg(), "class=\"opendoor-chart__value\"")).isEqualTo(2);
        assertThat(count(withGap.svg(), "class=\"opendoor-chart__expected\"")).isEqualTo(2);
        assertThat(count(withGap.svg(), "class=\"opendoor-chart__band\"")).isEqualTo(2);
        assertThat(withGap.description()).contains("One month has no figure shown");
    }

    @Test
    void aSuppressedMonthIsShownAsCWithALineDownTheMonthNotAMarker() {
        List<Briefing.Point> series = new ArrayList<>(contacts.series());
        Briefing.Point june = series.get(23);
        series.set(23, new Briefing.Point(june.month(), null, june.expected(), june.usualLow(), june.usualHigh(), false));
        SeriesChart suppressed = new SeriesChart("chart-c", "Suppressed", false, true, series);
        assertThat(suppressed.svg()).contains(">This month: [c]</text>", "class=\"opendoor-chart__current-month\"")
                .doesNotContain("class=\"opendoor-chart__current\"");
        assertThat(suppressed.description()).contains("this month: not shown, because the number is small");
    }

    @Test
    void percentagesAreChartedAsPercentages() {
        SeriesChart rate = SeriesChart.of(BriefingFixture.measure("conversion-rate"), AREA);
        assertThat(rate.svg()).contains(">Percentage</text>", ">This month: 29.7%</text>", ">10.0%</text>");
        assertThat(rate.description()).contains("against an expected 26.6% (usual range 24.1% to 29.1%)");
    }

    @Test
    void textInTheChartIsEscaped() {
        SeriesChart hostile = new SeriesChart("chart-x", "<script>alert(1)</script> & \"more\"", false, false,
                contacts.series());
        assertThat(hostile.svg()).contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;more&quot;")
                .doesNotContain("<script>");
    }

    @Test
    void aSeriesWithNoMonthsStillMakesAValidImage() {
        SeriesChart empty = new SeriesChart("chart-empty", "Nothing yet", false, false, List.of());
        assertThat(empty.description()).isEqualTo("There are no figures to chart yet.");
        assertThat(empty.svg()).contains("role=\"img\"").endsWith("</svg>");
    }

    private static int count(String text, String part) {
        Matcher m = Pattern.compile(Pattern.quote(part)).matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }
}
