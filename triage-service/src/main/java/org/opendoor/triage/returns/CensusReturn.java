package org.opendoor.triage.returns;

import java.time.LocalDateTime;
import java.util.List;

/**
 * An authority's CIN census return for a collection year: the header the DfE asks for (LA number, software,
 * release, serial number, when it was made, in London time) and one child per child.
 */
public record CensusReturn(
        CollectionYear year,
        String localAuthority,
        String laNumber,
        String softwareCode,
        String release,
        int serialNo,
        LocalDateTime dateTime,
        List<CensusChild> children) {

    public CensusReturn {
        children = List.copyOf(children);
    }
}
