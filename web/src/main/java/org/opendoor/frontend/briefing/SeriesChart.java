package org.opendoor.frontend.briefing;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * A measure's 24 months as an SVG line chart: the month's value (solid line, round markers) against the expected
 * value (dashed line) and the usual range (a shaded band with dotted edges), this month marked with a diamond and
 * labelled. Line styles and markers, not colour alone, tell the three apart, and every colour is a class of the
 * stylesheet (the Content-Security-Policy allows no inline style). The chart is one image to assistive technology
 * ({@code role="img"}): its {@code <title>} names it and its {@code <desc>} says its numbers in words; the data
 * table beside it has every month.
 *
 * <p>The page inserts {@link #svg()} unescaped, so every text written here goes through {@link #escape}.
 */
final class SeriesChart {
    static final int WIDTH = 640;
    static final int HEIGHT = 300;
    static final int LEFT = 64;
    static final int RIGHT = 32;
    static final int TOP = 24;
    static final int BOTTOM = 56;
    private static final int PLOT_WIDTH = WIDTH - LEFT - RIGHT;
    private static final int PLOT_HEIGHT = HEIGHT - TOP - BOTTOM;
    // the x-axis names every third month, counted back from this one so this month is always named
    private static final int MONTH_LABEL_EVERY = 3;

    private final String id;
    private final String title;
    private final boolean percent;
    private final boolean suppressed;
    private final List<Briefing.Point> series;
    private final double max;
    private final double step;

    /**
     * @param suppressed whether this month's value is suppressed (the series then has null for it too)
     */
    SeriesChart(String id, String title, boolean percent, boolean suppressed, List<Briefing.Point> series) {
        this.id = id;
        this.title = title;
        this.percent = percent;
        this.suppressed = suppressed;
        this.series = series == null ? List.of() : List.copyOf(series);
        double highest = this.series.stream()
                .flatMap(p -> Stream.of(p.value(), p.expected(), p.usualHigh()))
                .filter(v -> v != null).mapToDouble(Double::doubleValue).max().orElse(0);
        this.step = step(highest, percent);
        this.max = Math.max(step, Math.ceil(highest / step) * step);
    }

    static SeriesChart of(Briefing.Measure measure, String areaName) {
        return new SeriesChart("chart-" + BriefingView.anchor(measure.measure()),
                measure.title() + ", " + areaName + ", by month", measure.percent(), measure.suppressed(),
                measure.series());
    }

    String id() {
        return id;
    }

    /** The top of the value axis: a round number at or above every value, expected value and usual high. */
    double max() {
        return max;
    }

    /** The value axis's ticks, from zero (an honest baseline for counts and percentages alike) to {@link #max()}. */
    List<Double> ticks() {
        List<Double> ticks = new ArrayList<>();
        for (int i = 0; i * step <= max + step / 1000; i++) {
            ticks.add(i * step);
        }
        return ticks;
    }

    double x(int index) {
        if (series.size() < 2) {
            return LEFT + PLOT_WIDTH / 2.0;
        }
        return LEFT + index * (double) PLOT_WIDTH / (series.size() - 1);
    }

    double y(double value) {
        return TOP + PLOT_HEIGHT * (1 - value / max);
    }

    /** The first and last month in words, "July 2018 to June 2020". */
    String span() {
        if (series.isEmpty()) {
            return "";
        }
        return BriefingMonth.words(month(0)) + " to " + BriefingMonth.words(month(series.size() - 1));
    }

    /** The chart's numbers in words, for its {@code <desc>}. */
    String description() {
        if (series.isEmpty()) {
            return "There are no figures to chart yet.";
        }
        StringBuilder words = new StringBuilder("Line chart of ").append(span()).append(". ");
        Briefing.Point current = series.get(series.size() - 1);
        words.append(BriefingMonth.words(month(series.size() - 1))).append(", this month: ");
        if (suppressed) {
            words.append("not shown, because the number is small");
        } else if (current.value() == null) {
            words.append("no figure yet");
        } else {
            words.append(FigureText.of(current.value(), percent));
        }
        if (current.expected() != null) {
            words.append(", against an expected ").append(FigureText.of(current.expected(), percent));
        }
        String range = FigureText.range(current.usualLow(), current.usualHigh(), percent);
        words.append(range == null ? "; no usual range yet" : " (usual range " + range + ")").append(". ");
        int lowest = extreme(-1);
        int highest = extreme(1);
        if (lowest >= 0) {
            words.append("Over these months the lowest was ").append(FigureText.of(series.get(lowest).value(), percent))
                    .append(" in ").append(BriefingMonth.words(month(lowest))).append(" and the highest ")
                    .append(FigureText.of(series.get(highest).value(), percent)).append(" in ")
                    .append(BriefingMonth.words(month(highest))).append(". ");
        }
        long missing = series.stream().filter(p -> p.value() == null).count();
        if (missing > 0) {
            words.append(missing == 1 ? "One month has" : missing + " months have").append(" no figure shown. ");
        }
        words.append("The solid line is the figure each month, the dashed line the expected value and the shaded band "
                + "the usual range.");
        return words.toString();
    }

    /** The chart as SVG markup, for the page to insert as it is (every text in it escaped). */
    String svg() {
        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"opendoor-chart\" viewBox=\"0 0 ")
                .append(WIDTH).append(' ').append(HEIGHT).append("\" role=\"img\" aria-labelledby=\"")
                .append(id).append("-title ").append(id).append("-desc\" focusable=\"false\">");
        svg.append("<title id=\"").append(id).append("-title\">").append(escape(title)).append("</title>");
        svg.append("<desc id=\"").append(id).append("-desc\">").append(escape(description())).append("</desc>");
        grid(svg);
        band(svg);
        line(svg, "opendoor-chart__expected", Briefing.Point::expected);
        line(svg, "opendoor-chart__value", Briefing.Point::value);
        points(svg);
        current(svg);
        axes(svg);
        svg.append("</svg>");
        return svg.toString();
    }

    private void grid(StringBuilder svg) {
        for (double tick : ticks()) {
            double y = y(tick);
            svg.append("<line class=\"opendoor-chart__grid\" x1=\"").append(n(LEFT)).append("\" x2=\"")
                    .append(n(WIDTH - RIGHT)).append("\" y1=\"").append(n(y)).append("\" y2=\"").append(n(y))
                    .append("\"/>");
            svg.append("<text class=\"opendoor-chart__tick\" x=\"").append(n(LEFT - 8)).append("\" y=\"")
                    .append(n(y + 4)).append("\">").append(escape(FigureText.of(tick, percent))).append("</text>");
        }
    }

    /** The usual range: one shaded shape per run of months that have one, its edges dotted so it shows in grey too. */
    private void band(StringBuilder svg) {
        for (int[] run : runs(p -> p.usualLow() != null && p.usualHigh() != null ? p.usualLow() : null)) {
            StringBuilder d = new StringBuilder();
            StringBuilder high = new StringBuilder();
            StringBuilder low = new StringBuilder();
            // a run of one month is drawn a few units wide, or it would not show at all
            double widen = run[0] == run[1] ? 4 : 0;
            for (int i = run[0]; i <= run[1]; i++) {
                Briefing.Point p = series.get(i);
                d.append(d.isEmpty() ? "M" : " L").append(n(x(i) - (i == run[0] ? widen : 0))).append(',')
                        .append(n(y(p.usualHigh())));
                if (widen > 0) {
                    d.append(" L").append(n(x(i) + widen)).append(',').append(n(y(p.usualHigh())));
                }
                high.append(high.isEmpty() ? "" : " ").append(n(x(i))).append(',').append(n(y(p.usualHigh())));
                low.append(low.isEmpty() ? "" : " ").append(n(x(i))).append(',').append(n(y(p.usualLow())));
            }
            for (int i = run[1]; i >= run[0]; i--) {
                Briefing.Point p = series.get(i);
                if (widen > 0) {
                    d.append(" L").append(n(x(i) + widen)).append(',').append(n(y(p.usualLow())));
                }
                d.append(" L").append(n(x(i) - (i == run[0] ? widen : 0))).append(',').append(n(y(p.usualLow())));
            }
            svg.append("<path class=\"opendoor-chart__band\" d=\"").append(d).append(" Z\"/>");
            svg.append("<polyline class=\"opendoor-chart__band-edge\" points=\"").append(high).append("\"/>");
            svg.append("<polyline class=\"opendoor-chart__band-edge\" points=\"").append(low).append("\"/>");
        }
    }

    /** A line through the months that have a number; a month without one breaks the line rather than bridging it. */
    private void line(StringBuilder svg, String className, Function<Briefing.Point, Double> value) {
        for (int[] run : runs(value)) {
            StringBuilder points = new StringBuilder();
            for (int i = run[0]; i <= run[1]; i++) {
                points.append(points.isEmpty() ? "" : " ").append(n(x(i))).append(',')
                        .append(n(y(value.apply(series.get(i)))));
            }
            svg.append("<polyline class=\"").append(className).append("\" points=\"").append(points).append("\"/>");
        }
    }

    /** A marker on each month's value; months left out of later baselines (lockdowns, say) are hollow. */
    private void points(StringBuilder svg) {
        for (int i = 0; i < series.size() - 1; i++) {
            Briefing.Point p = series.get(i);
            if (p.value() != null) {
                svg.append("<circle class=\"opendoor-chart__point")
                        .append(p.excluded() ? " opendoor-chart__point--excluded" : "").append("\" cx=\"")
                        .append(n(x(i))).append("\" cy=\"").append(n(y(p.value()))).append("\" r=\"3.5\"/>");
            }
        }
    }

    /** This month: a diamond on its value (or, with none to show, a line down the month) and its value in words. */
    private void current(StringBuilder svg) {
        if (series.isEmpty()) {
            return;
        }
        int last = series.size() - 1;
        Double value = suppressed ? null : series.get(last).value();
        double x = x(last);
        String label = value == null ? (suppressed ? FigureText.SUPPRESSED : FigureText.NONE)
                : FigureText.of(value, percent);
        if (value == null) {
            svg.append("<line class=\"opendoor-chart__current-month\" x1=\"").append(n(x)).append("\" x2=\"")
                    .append(n(x)).append("\" y1=\"").append(n(TOP)).append("\" y2=\"").append(n(TOP + PLOT_HEIGHT))
                    .append("\"/>");
        } else {
            double y = y(value);
            svg.append("<path class=\"opendoor-chart__current\" d=\"M").append(n(x)).append(',').append(n(y - 7))
                    .append(" L").append(n(x + 7)).append(',').append(n(y)).append(" L").append(n(x)).append(',')
                    .append(n(y + 7)).append(" L").append(n(x - 7)).append(',').append(n(y)).append(" Z\"/>");
        }
        double labelY = value == null ? TOP - 8 : Math.max(TOP - 8, y(value) - 12);
        svg.append("<text class=\"opendoor-chart__current-label\" x=\"").append(n(x)).append("\" y=\"")
                .append(n(labelY)).append("\">").append(escape("This month: " + label)).append("</text>");
    }

    private void axes(StringBuilder svg) {
        double bottom = TOP + PLOT_HEIGHT;
        svg.append("<line class=\"opendoor-chart__axis\" x1=\"").append(n(LEFT)).append("\" x2=\"")
                .append(n(WIDTH - RIGHT)).append("\" y1=\"").append(n(bottom)).append("\" y2=\"").append(n(bottom))
                .append("\"/>");
        svg.append("<line class=\"opendoor-chart__axis\" x1=\"").append(n(LEFT)).append("\" x2=\"").append(n(LEFT))
                .append("\" y1=\"").append(n(TOP)).append("\" y2=\"").append(n(bottom)).append("\"/>");
        int last = series.size() - 1;
        for (int i = last; i >= 0; i -= MONTH_LABEL_EVERY) {
            svg.append("<text class=\"opendoor-chart__month").append(i == last ? " opendoor-chart__month--current" : "")
                    .append("\" x=\"").append(n(x(i))).append("\" y=\"").append(n(bottom + 20)).append("\">")
                    .append(escape(BriefingMonth.shortWords(month(i)))).append("</text>");
        }
        svg.append("<text class=\"opendoor-chart__axis-title\" x=\"").append(n(LEFT + PLOT_WIDTH / 2.0))
                .append("\" y=\"").append(n(bottom + 44)).append("\">Month</text>");
        double middle = TOP + PLOT_HEIGHT / 2.0;
        svg.append("<text class=\"opendoor-chart__axis-title\" x=\"16\" y=\"").append(n(middle))
                .append("\" transform=\"rotate(-90 16 ").append(n(middle)).append(")\">")
                .append(percent ? "Percentage" : "Number").append("</text>");
    }

    /** The runs of consecutive months whose number is present, as first and last index. */
    private List<int[]> runs(Function<Briefing.Point, Double> value) {
        List<int[]> runs = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= series.size(); i++) {
            boolean present = i < series.size() && value.apply(series.get(i)) != null;
            if (present && start < 0) {
                start = i;
            } else if (!present && start >= 0) {
                runs.add(new int[] {start, i - 1});
                start = -1;
            }
        }
        return runs;
    }

    /** The index of the lowest (direction -1) or highest (1) value shown, or -1 when none is. */
    private int extreme(int direction) {
        int found = -1;
        for (int i = 0; i < series.size(); i++) {
            Double v = series.get(i).value();
            if (v != null && (found < 0 || direction * Double.compare(v, series.get(found).value()) > 0)) {
                found = i;
            }
        }
        return found;
    }

    private YearMonth month(int index) {
        return YearMonth.parse(series.get(index).month());
    }

    /** A round tick step giving about four intervals; whole numbers for counts. */
    static double step(double highest, boolean percent) {
        if (highest <= 0) {
            return percent ? 10 : 1;
        }
        double raw = highest / 4;
        double magnitude = Math.pow(10, Math.floor(Math.log10(raw)));
        double fraction = raw / magnitude;
        double nice = fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 2.5 ? 2.5 : fraction <= 5 ? 5 : 10;
        double step = nice * magnitude;
        return percent ? step : Math.max(1, Math.ceil(step));
    }

    private static String n(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
