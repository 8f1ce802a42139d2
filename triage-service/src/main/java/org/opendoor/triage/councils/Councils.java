package org.opendoor.triage.councils;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.opendoor.model.EnglishAuthorities;
import org.opendoor.triage.routing.DutyTeams;
import org.opendoor.triage.routing.Postcode;
import org.opendoor.triage.routing.Routing;

/**
 * Tells a person which council to report to for a postcode, from the same tables that route referrals: the
 * operator's postcode directory first, then the district table, where a shared district names every council it
 * reaches into. Contact details come from the duty-team table and the list of English children's services.
 */
@ApplicationScoped
public class Councils {
    private final Routing routing;
    private final EnglishAuthorities england = EnglishAuthorities.shipped();

    public Councils(Routing routing) {
        this.routing = routing;
    }

    /** Empty when the text is not a UK postcode. */
    public Optional<CouncilLookup> lookup(String postcodeText) {
        Optional<Postcode> postcode = Postcode.parse(postcodeText).filter(p -> p.normalised() != null);
        if (postcode.isEmpty()) {
            return Optional.empty();
        }
        List<String> codes = routing.directory().authorityOf(postcode.get()).map(List::of)
                .orElseGet(() -> routing.districts().find(postcode.get().district())
                        .map(d -> Stream.concat(Stream.of(d.authority()), d.sharedWith().stream()).toList())
                        .orElse(List.of()));
        List<CouncilView> councils = new ArrayList<>();
        for (String code : codes) {
            council(code).ifPresent(councils::add);
        }
        return Optional.of(new CouncilLookup(postcode.get().display(), councils, CouncilLookup.FIND_YOUR_COUNCIL));
    }

    private Optional<CouncilView> council(String code) {
        Optional<DutyTeams.Authority> served = routing.teams().authority(code);
        Optional<EnglishAuthorities.Authority> known = england.find(code);
        if (served.isEmpty() && known.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new CouncilView(code, served.map(DutyTeams.Authority::name).orElseGet(() -> known.get().name()),
                served.map(DutyTeams.Authority::frontDoor).orElse(null),
                served.map(DutyTeams.Authority::phone).or(() -> known.map(EnglishAuthorities.Authority::frontDoorPhone))
                        .orElse(null),
                served.map(DutyTeams.Authority::outOfHoursPhone)
                        .or(() -> known.map(EnglishAuthorities.Authority::outOfHoursPhone)).orElse(null),
                known.map(EnglishAuthorities.Authority::website).orElse(null), served.isPresent()));
    }
}
