package org.opendoor.proof.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.opendoor.model.Json;

/** Writes the benchmark's Markdown and JSON reports and its latency chart (SVG). */
public final class BenchReport {
    private BenchReport() {
    }

    public static void write(Benchmark.Report report, Path directory) throws IOException {
        Files.createDirectories(directory);
        Files.writeString(directory.resolve("report.json"), Json.mapper().writerWithDefaultPrettyPrinter()
                .writeValueAsString(report));
        Files.writeString(directory.resolve("latency.svg"), chart(report.steps()));
        Files.writeString(directory.resolve("report.md"), markdown(report));
    }

    static String markdown(Benchmark.Report r) {
        StringBuilder md = new StringBuilder();
        md.append("# OpenDoor benchmark\n\n")
                .append("Run ").append(Instant.now()).append(" on ").append(r.machine())
                .append(", everything co-located (PostgreSQL, Kafka, SMTP, three services, load generator).\n")
                .append("Open-loop load (fixed schedule, latency from each request's intended start: no coordinated ")
                .append("omission), a realistic mix of all four channels plus public reports, repeat children and ")
                .append("police DASH-high incidents with schools.\n\n")
                .append("![latency chart](latency.svg)\n\n")
                .append("| rate (/s) | achieved (/s) | intake p50 (ms) | intake p99 (ms) | intake p99.9 (ms) | end-to-end p50 (ms) | end-to-end p99 (ms) | caught up (ms) | answers |\n")
                .append("|---:|---:|---:|---:|---:|---:|---:|---:|---|\n");
        for (Benchmark.StepResult s : r.steps()) {
            md.append(String.format(Locale.ROOT, "| %d | %.0f | %.1f | %.1f | %.1f | %d | %d | %s | %s |%n", s.rate(),
                    s.achievedPerSecond(), s.intakeP50Micros() / 1000.0, s.intakeP99Micros() / 1000.0,
                    s.intakeP999Micros() / 1000.0, s.endToEndP50Millis(), s.endToEndP99Millis(),
                    s.caughtUp() ? Long.toString(s.catchUpMillis()) : "no (" + s.catchUpMillis() + ")", s.statuses()));
        }
        md.append(String.format(Locale.ROOT, """

                - **Knee** (highest rate with intake p99 ≤ 50 ms, every answer 202, and the pipeline caught up within 5 s): **%d referrals/s**
                - **Best sustained end-to-end throughput**: %.0f referrals/s
                - **PostgreSQL ceiling** for the same commits per referral (%d JDBC threads, no HTTP/Kafka): %.0f referrals/s
                - **OpenDoor as a share of that ceiling**: %.0f%%

                | service | ready, started alone (ms) | ready, all three started together (ms) | resident after warm-up (MiB) |
                |---|---:|---:|---:|
                """, r.kneePerSecond(), r.bestSustainedPerSecond(), r.ceilingThreads(), r.ceilingPerSecond(),
                r.ceilingPerSecond() == 0 ? 0 : 100 * r.bestSustainedPerSecond() / r.ceilingPerSecond()));
        r.readyMillis().forEach((name, ms) -> md.append("| ").append(name).append(" | ").append(ms).append(" | ")
                .append(r.readyTogetherMillis().get(name)).append(" | ")
                .append(r.residentMiBAfterWarmUp().get(name)).append(" |\n"));
        md.append(cpuTable(r.steps()));
        md.append("""

                End-to-end is from intake's receipt of the referral to the first notification about it marked sent
                (referrals for which any notification was due). "Caught up" means both outboxes empty, every accepted
                referral triaged and nothing pending delivery.
                """);
        return md.toString();
    }

    /** Where the cores went: CPU milliseconds per accepted referral, per process, for each step (load and catch-up). */
    static String cpuTable(List<Benchmark.StepResult> steps) {
        if (steps.isEmpty()) {
            return "";
        }
        List<String> processes = List.copyOf(steps.get(0).cpuMillisPerReferral().keySet());
        StringBuilder md = new StringBuilder("\nCPU per accepted referral (ms), per process, over each step and its catch-up:\n\n")
                .append("| rate (/s) | ").append(String.join(" | ", processes)).append(" | total |\n|---:|")
                .append("---:|".repeat(processes.size() + 1)).append('\n');
        for (Benchmark.StepResult s : steps) {
            md.append("| ").append(s.rate()).append(" | ");
            for (String p : processes) {
                md.append(String.format(Locale.ROOT, "%.1f | ", s.cpuMillisPerReferral().get(p)));
            }
            md.append(String.format(Locale.ROOT, "%.1f |%n",
                    s.cpuMillisPerReferral().values().stream().mapToDouble(Double::doubleValue).sum()));
        }
        return md.toString();
    }

    /** p50 and p99 of intake and end-to-end latency against offered rate, log-scaled. */
    static String chart(List<Benchmark.StepResult> steps) {
        int width = 720;
        int height = 360;
        int left = 70;
        int bottom = 300;
        double maxLog = Math.log10(10_000);
        StringBuilder svg = new StringBuilder(String.format(
                "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" font-family=\"sans-serif\" font-size=\"12\">"
                        + "<rect width=\"100%%\" height=\"100%%\" fill=\"white\"/>"
                        + "<text x=\"%d\" y=\"20\" font-size=\"14\">OpenDoor latency by offered load (log scale, ms)</text>",
                width, height, left));
        for (double ms : new double[] {1, 10, 100, 1000, 10000}) {
            int y = (int) (bottom - Math.log10(ms) / maxLog * (bottom - 40));
            svg.append(String.format("<line x1=\"%d\" x2=\"%d\" y1=\"%d\" y2=\"%d\" stroke=\"#ddd\"/>"
                    + "<text x=\"10\" y=\"%d\">%s ms</text>", left, width - 20, y, y, y + 4, (long) ms));
        }
        int n = Math.max(1, steps.size());
        double dx = (width - left - 40) / (double) Math.max(1, n - 1);
        String[][] series = {{"intake p50", "#1d70b8"}, {"intake p99", "#003078"}, {"end-to-end p50", "#f47738"},
            {"end-to-end p99", "#d4351c"}};
        for (int k = 0; k < series.length; k++) {
            StringBuilder points = new StringBuilder();
            for (int i = 0; i < steps.size(); i++) {
                Benchmark.StepResult s = steps.get(i);
                double ms = switch (k) {
                    case 0 -> s.intakeP50Micros() / 1000.0;
                    case 1 -> s.intakeP99Micros() / 1000.0;
                    case 2 -> s.endToEndP50Millis();
                    default -> s.endToEndP99Millis();
                };
                double y = bottom - Math.log10(Math.max(1, ms)) / maxLog * (bottom - 40);
                points.append(String.format(Locale.ROOT, "%.1f,%.1f ", left + i * dx, Math.max(30, y)));
            }
            svg.append(String.format("<polyline fill=\"none\" stroke=\"%s\" stroke-width=\"2\" points=\"%s\"/>",
                    series[k][1], points.toString().trim()));
            svg.append(String.format("<text x=\"%d\" y=\"%d\" fill=\"%s\">%s</text>", left + 10 + k * 150, height - 15,
                    series[k][1], series[k][0]));
        }
        for (int i = 0; i < steps.size(); i++) {
            svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\">%d/s</text>",
                    left + i * dx, bottom + 18, steps.get(i).rate()));
        }
        return svg.append("</svg>\n").toString();
    }
}
