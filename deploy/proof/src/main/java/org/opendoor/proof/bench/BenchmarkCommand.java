package org.opendoor.proof.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.opendoor.launcher.OpenDoor;

/** {@code ./opendoor bench [--rates 40,120] [--seconds 20] [--warmup 60] [--out bench]}: runs and writes the report. */
public final class BenchmarkCommand {
    private BenchmarkCommand() {
    }

    public static void main(String[] args) throws Exception {
        Path root = Path.of(System.getProperty("opendoor.root", ".")).toAbsolutePath().normalize();
        Map<String, String> options = OpenDoor.options(args);
        List<Integer> rates = Arrays.stream(options.getOrDefault("rates", "40,80,120,160,200").split(","))
                .map(String::trim).map(Integer::parseInt).toList();
        Duration step = Duration.ofSeconds(Long.parseLong(options.getOrDefault("seconds", "20")));
        Path out = root.resolve(options.getOrDefault("out", "bench"));
        Duration warmUp = Duration.ofSeconds(Long.parseLong(options.getOrDefault("warmup", "60")));
        Benchmark.Report report = Benchmark.run(root, new Benchmark.Settings(rates, step, warmUp, 8),
                System.out::println);
        BenchReport.write(report, out);
        System.out.println("\n" + Files.readString(out.resolve("report.md")));
        System.out.println("Report written to " + out.resolve("report.md"));
    }
}
