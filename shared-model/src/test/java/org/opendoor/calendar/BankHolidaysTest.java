package org.opendoor.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opendoor.data.DataFileInvalidException;
import org.opendoor.model.JsonDataFile;

/** The one bank-holiday file: what it ships, and what stops start-up when an operator's replacement is wrong. */
class BankHolidaysTest {
    private static final String FILE = "holidays.json";

    @Test
    void theShippedFileListsEnglandAndWalesHolidaysFromTwentyFifteenForMonthlyHistory() {
        BankHolidays shipped = BankHolidays.shipped();

        assertThat(shipped.coversYears()).startsWith(2015).endsWith(2027).hasSize(13);
        assertThat(shipped.dates()).hasSize(107).contains(LocalDate.parse("2020-05-08"), LocalDate.parse("2022-09-19"),
                LocalDate.parse("2025-12-26"),
                LocalDate.parse("2026-04-03"), LocalDate.parse("2026-12-28"), LocalDate.parse("2027-12-28"));
        assertThat(shipped.region()).isEqualTo("england-and-wales");
    }

    @Test
    void aBadDateNamesTheFileAndTheEntry() {
        assertThatThrownBy(() -> read("{\"coversYears\": [2026], \"dates\": [\"2026-01-01\", \"2026-13-01\"]}"))
                .isInstanceOf(DataFileInvalidException.class)
                .hasMessage("holidays.json line 1, at dates[1]: '2026-13-01' is not a date (yyyy-mm-dd)");
    }

    @Test
    void aDateOutsideTheCoveredYearsNamesTheFileAndTheDate() {
        assertThatThrownBy(() -> read("{\"coversYears\": [2026], \"dates\": [\"2026-01-01\", \"2027-01-01\"]}"))
                .hasMessageStartingWith("holidays.json line 1")
                .hasMessageEndingWith(": dates[1] 2027-01-01 is outside coversYears [2026]");
    }

    @Test
    void aCoveredYearWithoutHolidaysOrAGapInTheYearsIsRefused() {
        assertThatThrownBy(() -> read("{\"coversYears\": [2026, 2027], \"dates\": [\"2026-01-01\"]}"))
                .hasMessageContaining(FILE).hasMessageContaining("coversYears has 2027 but dates lists no holiday");
        assertThatThrownBy(() -> read("{\"coversYears\": [2025, 2027], \"dates\": [\"2025-01-01\", \"2027-01-01\"]}"))
                .hasMessageContaining(FILE).hasMessageContaining("consecutive");
    }

    @Test
    void aDateListedTwiceIsRefused() {
        assertThatThrownBy(() -> read("{\"coversYears\": [2026], \"dates\": [\"2026-12-25\", \"2026-12-25\"]}"))
                .hasMessageContaining(FILE).hasMessageContaining("dates[1] 2026-12-25 is listed twice");
    }

    @Test
    void aMissingOrMisspeltFieldIsRefused() {
        assertThatThrownBy(() -> read("{\"dates\": [\"2026-12-25\"]}"))
                .hasMessageContaining(FILE).hasMessageContaining("coversYears must list at least one entry");
        assertThatThrownBy(() -> read("{\"coversYears\": [2026], \"dates\": [\"2026-12-25\"], \"regoin\": \"x\"}"))
                .hasMessageContaining(FILE).hasMessageContaining("unknown field 'regoin'");
    }

    @Test
    void anOperatorsFileTakesThePlaceOfTheShippedOne(@TempDir Path dir) throws Exception {
        Path newer = dir.resolve("bank-holidays.json");
        Files.writeString(newer, """
                {"source": "GOV.UK", "region": "england-and-wales", "coversYears": [2028],
                 "dates": ["2028-01-03", "2028-04-14", "2028-04-17", "2028-05-01", "2028-05-29", "2028-08-28",
                           "2028-12-25", "2028-12-26"]}""");

        BankHolidays operators = BankHolidays.load(Optional.of(newer));

        assertThat(operators.firstYear()).isEqualTo(2028);
        assertThat(operators.lastYear()).isEqualTo(2028);
        assertThat(BankHolidays.load(Optional.empty())).isEqualTo(BankHolidays.shipped());
    }

    private static BankHolidays read(String json) {
        return JsonDataFile.read(FILE, json, BankHolidays.class);
    }
}
