package org.opendoor.launcher.history;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;

/** The CSV the briefing's figures API takes, holding exactly the measures its catalogue lets history in for. */
class FigureCsvTest {
    /**
     * The briefing's catalogue, read from its module in this checkout: the launcher sends figures to the service
     * and needs nothing of it at run time, only these tests hold the two to one list of measures.
     */
    private static final Path CATALOGUE = Path.of("../../briefing-service/src/main/resources/briefing/measures.json");
    private static final YearMonth JUNE_2020 = YearMonth.of(2020, 6);

    @Test
    void theHeaderAndRowsAreTheApisAndEveryRowNamesItsSource() {
        String csv = FigureCsv.write(List.of(new HistoricFigure(JUNE_2020, "E06000015", "contacts", 1180),
                new HistoricFigure(JUNE_2020, "E10000007", "contacts-cin-2A", 95)), "OpenDoor demo history");
        assertThat(csv.lines()).containsExactly("month,area,measure,value,source",
                "2020-06,E06000015,contacts,1180,OpenDoor demo history",
                "2020-06,E10000007,contacts-cin-2A,95,OpenDoor demo history");
        assertThat(FigureCsv.write(List.of(new HistoricFigure(JUNE_2020, "E06000015", "contacts", 1)),
                "Derby, \"demo\"").lines()).last().isEqualTo("2020-06,E06000015,contacts,1,\"Derby, \"\"demo\"\"\"");
    }

    @Test
    void theHistoryHoldsEveryCountMeasureOfTheCatalogueAndNothingElse() throws IOException {
        assertThat(CATALOGUE).as("the briefing's measure catalogue, beside this module").exists();
        JsonNode measures = new ObjectMapper().readTree(Files.readString(CATALOGUE)).path("measures");
        Set<String> counts = StreamSupport.stream(measures.spliterator(), false)
                .filter(m -> m.path("unit").asText().equals("COUNT")).map(m -> m.path("id").asText())
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(counts).hasSizeGreaterThan(50);

        String csv = FigureCsv.write(DemoHistory.shipped().figures(JUNE_2020, JUNE_2020, 1), "OpenDoor demo history");
        List<String[]> rows = csv.lines().skip(1).map(line -> line.split(",")).toList();
        assertThat(rows).allSatisfy(row -> assertThat(row).hasSize(5));
        Set<String> sent = rows.stream().map(row -> row[2]).collect(Collectors.toCollection(TreeSet::new));
        assertThat(sent).isEqualTo(counts);
        assertThat(rows.stream().map(row -> row[1]).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder("E10000018", "E06000016", "E06000017", "E06000015", "E10000007");
        assertThat(rows).allSatisfy(row -> assertThat(Long.parseLong(row[3])).isNotNegative());
        assertThat(rows).hasSize(5 * counts.size());
        assertThat(Arrays.stream(csv.split("\n")).skip(1)).allMatch(line -> line.startsWith("2020-06,"));
    }
}
