package org.opendoor.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The list of English children's services: every authority once, the partnership's five as published. */
class EnglishAuthoritiesTest {
    private final EnglishAuthorities england = EnglishAuthorities.shipped();

    @Test
    void listsAll153AuthoritiesWithChildrensServicesOnce() {
        assertThat(england.all()).hasSize(153);
        assertThat(england.all().stream().map(EnglishAuthorities.Authority::laNumber).distinct()).hasSize(153);
    }

    @Test
    void thePartnershipsAuthoritiesCarryTheirLaNumbersAndFrontDoors() {
        assertThat(england.find("E10000018")).hasValueSatisfying(a -> {
            assertThat(a.name()).isEqualTo("Leicestershire");
            assertThat(a.laNumber()).isEqualTo("855");
            assertThat(a.frontDoorPhone()).isEqualTo("0116 305 0005");
        });
        assertThat(england.find("E06000016").map(EnglishAuthorities.Authority::laNumber)).contains("856");
        assertThat(england.find("E06000017").map(EnglishAuthorities.Authority::laNumber)).contains("857");
        assertThat(england.find("E06000015").map(EnglishAuthorities.Authority::laNumber)).contains("831");
        assertThat(england.find("E10000007").map(EnglishAuthorities.Authority::laNumber)).contains("830");
        // a name with a comma is quoted in the file
        assertThat(england.find("E06000023").map(EnglishAuthorities.Authority::name)).contains("Bristol, City of");
    }

    @Test
    void aMalformedRowStopsStartUpNamingTheLine() {
        assertThatThrownBy(() -> EnglishAuthorities.parse("""
                ons_code,name,la_number,region,front_door_phone,out_of_hours_phone,website,source
                W06000001,Anglesey,999,Wales,,,,x"""))
                .hasMessageContaining("line 2").hasMessageContaining("W06000001");
        assertThatThrownBy(() -> EnglishAuthorities.parse("E10000018,Leicestershire,855,East Midlands,call us,,,x"))
                .hasMessageContaining("phone");
    }
}
