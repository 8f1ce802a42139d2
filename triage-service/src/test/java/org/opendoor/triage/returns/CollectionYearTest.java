package org.opendoor.triage.returns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** A collection year is named by its end and runs on London dates. */
class CollectionYearTest {
    @Test
    void year2026RunsFromTheFirstOfApril2025ToTheThirtyFirstOfMarch2026InLondon() {
        CollectionYear year = new CollectionYear(2026);
        assertThat(year.start()).isEqualTo(LocalDate.of(2025, 4, 1));
        assertThat(year.referenceDate()).isEqualTo(LocalDate.of(2026, 3, 31));
        // 1 April 2025 began at 23:00 UTC on 31 March (BST); 1 April 2026 begins at 23:00 UTC on 31 March too
        assertThat(year.from()).isEqualTo(Instant.parse("2025-03-31T23:00:00Z"));
        assertThat(year.until()).isEqualTo(Instant.parse("2026-03-31T23:00:00Z"));
        assertThat(CollectionYear.of(LocalDate.of(2025, 4, 1))).isEqualTo(year);
        assertThat(CollectionYear.of(LocalDate.of(2026, 3, 31))).isEqualTo(year);
        assertThat(CollectionYear.of(LocalDate.of(2026, 4, 1)).year()).isEqualTo(2027);
        assertThatThrownBy(() -> new CollectionYear(12026)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aChildWithoutAUpnIsUn1UnderSchoolAgeAndUn7WhenEveryReferralWasNfa() {
        CensusFixture fixture = new CensusFixture();
        CollectionYear year = new CollectionYear(2026);
        fixture.b.upnUnknown = null;
        // born after 31 August 2020: not of school age by September 2026
        fixture.b.birthDate = LocalDate.of(2020, 9, 1);
        assertThat(CensusReturns.withUpnUnknown(fixture.b.build(), year).upnUnknown()).isEqualTo("UN1");
        fixture.b.birthDate = LocalDate.of(2020, 8, 31);
        assertThat(CensusReturns.withUpnUnknown(fixture.b.build(), year).upnUnknown()).isEqualTo("UN7");
        fixture.b.referrals.get(0).nfa = false;
        assertThat(CensusReturns.withUpnUnknown(fixture.b.build(), year).upnUnknown()).isNull();
    }
}
