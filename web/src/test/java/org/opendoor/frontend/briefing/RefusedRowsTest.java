package org.opendoor.frontend.briefing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.opendoor.frontend.form.FormErrors;

/** briefing-service's violations of a file of figures, as the error summary lists them. */
class RefusedRowsTest {
    @Test
    void eachBadRowIsALineOfTheSummaryLinkingToTheFileInputInTheServicesOrder() {
        Map<String, String> violations = new LinkedHashMap<>();
        violations.put("row 3: value", "must be a number");
        violations.put("row 7: area", "is not in your partnership");
        violations.put("row 12: month", "must be a month in the form yyyy-MM");
        FormErrors errors = RefusedRows.errors(violations);
        assertThat(errors.list()).extracting(FormErrors.Error::message).containsExactly(
                "Row 3, value: must be a number", "Row 7, area: is not in your partnership",
                "Row 12, month: must be a month in the form yyyy-MM");
        assertThat(errors.list()).extracting(FormErrors.Error::href).containsOnly("#file");
    }

    @Test
    void aProblemWithTheWholeFileIsItsMessageAlone() {
        assertThat(RefusedRows.line("", "the first line must be month,area,measure,value[,source]"))
                .isEqualTo("The first line must be month,area,measure,value[,source]");
        assertThat(RefusedRows.line("figures", "must not be empty")).isEqualTo("Figures: must not be empty");
        assertThat(RefusedRows.line("row 2:", "")).isEqualTo("Row 2: is not right");
    }

    @Test
    void aFileWithHundredsOfBadRowsListsTheFirstAndSaysHowManyMore() {
        Map<String, String> violations = new LinkedHashMap<>();
        for (int row = 2; row < 302; row++) {
            violations.put("row " + row + ": value", "must be a number");
        }
        FormErrors errors = RefusedRows.errors(violations);
        assertThat(errors.list()).hasSize(RefusedRows.SHOWN + 1);
        assertThat(errors.list().get(RefusedRows.SHOWN).message()).isEqualTo("There are 275 more problems in the file");
    }
}
