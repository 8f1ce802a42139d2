package org.opendoor.frontend.duty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.opendoor.frontend.census.CensusCodes;

/** Each referral child beside the child index's census record of them, in triage's order, in words. */
class CaseChildTest {
    private static final UUID FIRST = UUID.fromString("00000000-0000-0000-0000-000000000001");
    private static final UUID SECOND = UUID.fromString("00000000-0000-0000-0000-000000000002");
    private final CensusCodes codes = new CensusCodes();

    private static CaseDetail.Child child(String name) {
        return new CaseDetail.Child(name, null, null, null, null, null, null, null);
    }

    private static CaseDetail caseOf(List<CaseDetail.Child> told, List<CaseDetail.IndexedChild> indexed) {
        return new CaseDetail(UUID.randomUUID(), UUID.randomUUID(), "OD-2026-000001", "E10000018", "team", 3, "AMBER",
                "EARLY_HELP", List.of(), "llr-2026.1", List.of(), null, null, false, "AWAITING_DECISION", 0, 0,
                List.of(), null, "2A", false, "DISTRICT", false, null,
                new CaseDetail.Referral("PUBLIC", told, null, null, null), "N1", indexed);
    }

    @Test
    void eachChildHasItsLaChildIdAndCharacteristicsInWords() {
        List<CaseChild> shown = CaseChild.of(caseOf(List.of(child("Ana"), child("Ben")), List.of(
                new CaseDetail.IndexedChild(FIRST, "OD00000001", new CaseDetail.Characteristics("F", "WBRI",
                        List.of("HEAR", "VIS"))),
                new CaseDetail.IndexedChild(SECOND, "OD00000002", null))), codes, null);

        assertThat(shown).extracting(c -> c.child().firstName(), CaseChild::laChildId)
                .containsExactly(tuple("Ana", "OD00000001"), tuple("Ben", "OD00000002"));
        assertThat(shown.get(0).sexText()).isEqualTo("F – Female");
        assertThat(shown.get(0).ethnicityText()).isEqualTo("WBRI – White - White British");
        assertThat(shown.get(0).disabilitiesText()).isEqualTo("HEAR – Hearing; VIS – Vision");
        assertThat(shown.get(1).sexText()).isEqualTo("Not recorded");
        assertThat(shown.get(1).disabilitiesText()).isEqualTo("Not recorded");
        assertThat(shown.get(1).form().childIndexId()).isEqualTo(SECOND);
    }

    @Test
    void theFormSentAndRefusedShowsAsTypedForThatChildOnly() {
        CharacteristicsForm typed = CharacteristicsForm.sent(SECOND, "X", "", List.of());
        List<CaseChild> shown = CaseChild.of(caseOf(List.of(child("Ana"), child("Ben")), List.of(
                new CaseDetail.IndexedChild(FIRST, "OD00000001", new CaseDetail.Characteristics("F", null, null)),
                new CaseDetail.IndexedChild(SECOND, "OD00000002", new CaseDetail.Characteristics("M", null, null)))),
                codes, typed);
        assertThat(shown.get(0).form().sex()).isEqualTo("F");
        assertThat(shown.get(1).form().sex()).isEqualTo("X");
        assertThat(shown.get(1).sexText()).as("the record is unchanged").isEqualTo("M – Male");
    }

    @Test
    void aChildTheIndexDoesNotHoldHasNoCensusPart() {
        List<CaseChild> shown = CaseChild.of(caseOf(List.of(child("Ana")), List.of()), codes, null);
        assertThat(shown).hasSize(1);
        assertThat(shown.get(0).indexed()).isFalse();
    }
}
