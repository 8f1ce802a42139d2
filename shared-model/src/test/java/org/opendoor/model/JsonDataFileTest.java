package org.opendoor.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opendoor.data.DataFileInvalidException;
import org.opendoor.data.Required;

/** A data file is bound to records; whatever is wrong in it is reported with the file, the line and the JSON path. */
class JsonDataFileTest {
    record Team(String code, String name, Priority priority, LocalDate from) {
        Team {
            Required.text(code, "code");
            Required.text(name, "name");
            if (!code.startsWith("E")) {
                throw new IllegalArgumentException("code " + code + " is not an English authority's");
            }
        }
    }

    record Teams(String source, List<Team> teams, Map<String, Team> byKey) {
    }

    private static final String GOOD = """
            {
              "source": "a test",
              "teams": [
                {"code": "E1", "name": "One", "priority": "RED", "from": "2026-01-01"},
                {"code": "E2", "name": "Two"}
              ]
            }""";

    @Test
    void aGoodFileIsBoundToItsRecords() {
        Teams teams = JsonDataFile.read("teams.json", GOOD, Teams.class);

        assertThat(teams.teams()).containsExactly(new Team("E1", "One", Priority.RED, LocalDate.of(2026, 1, 1)),
                new Team("E2", "Two", null, null));
    }

    @Test
    void anUnknownFieldNamesFileLinePathAndTheKnownFields() {
        String typo = GOOD.replace("\"name\": \"Two\"", "\"nmae\": \"Two\"");

        assertThatThrownBy(() -> JsonDataFile.read("teams.json", typo, Teams.class))
                .isInstanceOf(DataFileInvalidException.class)
                .hasMessageStartingWith("teams.json line 5, at teams[1]: unknown field 'nmae'; known: ")
                .hasMessageContaining("[code, from, name, priority]");
    }

    @Test
    void aMissingRequiredFieldNamesTheEntry() {
        String missing = GOOD.replace("\"code\": \"E2\", ", "");

        assertThatThrownBy(() -> JsonDataFile.read("teams.json", missing, Teams.class))
                .isInstanceOfSatisfying(DataFileInvalidException.class, e -> {
                    assertThat(e.file()).isEqualTo("teams.json");
                    assertThat(e.at()).isEqualTo("teams[1]");
                    assertThat(e.problem()).isEqualTo("code is required");
                })
                .hasMessageStartingWith("teams.json line 5, at teams[1]: code is required");
    }

    @Test
    void aRecordsOwnCheckIsReportedAtItsEntry() {
        String wrong = GOOD.replace("\"E2\"", "\"W2\"");

        assertThatThrownBy(() -> JsonDataFile.read("teams.json", wrong, Teams.class))
                .hasMessage("teams.json line 5, at teams[1]: code W2 is not an English authority's");
    }

    @Test
    void aValueOutsideACodeListOrNotADateIsNamedWithTheAllowedValues() {
        assertThatThrownBy(() -> JsonDataFile.read("teams.json", GOOD.replace("RED", "PURPLE"), Teams.class))
                .hasMessageContaining("teams.json line 4, at teams[0].priority: unknown value 'PURPLE'; allowed: "
                        + "[RED, AMBER, GREEN]");
        assertThatThrownBy(() -> JsonDataFile.read("teams.json", GOOD.replace("2026-01-01", "2026-13-01"),
                Teams.class))
                .hasMessageContaining("teams.json line 4, at teams[0].from: '2026-13-01' is not a date (yyyy-mm-dd)");
    }

    @Test
    void aListWhereAnObjectBelongsIsNamed() {
        assertThatThrownBy(() -> JsonDataFile.read("teams.json", "{\"teams\": {\"code\": \"E1\"}}", Teams.class))
                .hasMessageContaining("teams.json line 1, at teams: expected a list");
    }

    @Test
    void aFieldGivenTwiceIsRefusedNotSilentlyOverwritten() {
        String twice = "{\"byKey\": {\"LE1\": {\"code\": \"E1\", \"name\": \"A\"}, \"LE1\": {\"code\": \"E2\", "
                + "\"name\": \"B\"}}}";

        assertThatThrownBy(() -> JsonDataFile.read("teams.json", twice, Teams.class))
                .hasMessageContaining("teams.json line 1").hasMessageContaining("field 'LE1' is given twice");
    }

    @Test
    void brokenEmptyOrTrailingJsonIsRefusedNamingTheFile() {
        assertThatThrownBy(() -> JsonDataFile.read("teams.json", GOOD.substring(0, 60), Teams.class))
                .hasMessageStartingWith("teams.json line ").hasMessageContaining("not valid JSON");
        assertThatThrownBy(() -> JsonDataFile.read("teams.json", " \n", Teams.class))
                .hasMessage("teams.json: the file is empty");
        assertThatThrownBy(() -> JsonDataFile.read("teams.json", "null", Teams.class))
                .hasMessageContaining("teams.json: the file holds null");
        assertThatThrownBy(() -> JsonDataFile.read("teams.json", GOOD + "\n{}", Teams.class))
                .hasMessageStartingWith("teams.json line 8");
    }

    @Test
    void anOperatorsFileOnDiskTakesThePlaceOfTheShippedOne(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("teams.json");
        Files.writeString(file, GOOD.replace("One", "Operator's own"));

        Teams teams = JsonDataFile.replaceable("calendar/no-such-file.json", Optional.of(file), Teams.class);

        assertThat(teams.teams().get(0).name()).isEqualTo("Operator's own");
        assertThatThrownBy(() -> JsonDataFile.replaceable("calendar/no-such-file.json", Optional.empty(),
                Teams.class)).hasMessageContaining("calendar/no-such-file.json is missing from the class path");
        Files.writeString(file, GOOD.replace("\"name\"", "\"title\""));
        assertThatThrownBy(() -> JsonDataFile.onDisk(file, Teams.class))
                .hasMessageStartingWith(file + " line 4, at teams[0]: unknown field 'title'");
    }
}
