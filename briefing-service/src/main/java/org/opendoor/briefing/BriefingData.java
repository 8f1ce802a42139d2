package org.opendoor.briefing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;
import org.opendoor.briefing.areas.Areas;
import org.opendoor.briefing.areas.PartnershipsFile;
import org.opendoor.briefing.measures.MeasureCatalogue;
import org.opendoor.briefing.usual.UsualModel;
import org.opendoor.briefing.usual.UsualSettings;
import org.opendoor.model.EnglishAuthorities;
import org.opendoor.model.JsonDataFile;

/**
 * The briefing's data files and model, read and checked once at start-up: a bad measure catalogue or
 * partnerships file stops the service with the file, line and field, not the first briefing someone asks for.
 */
@ApplicationScoped
public class BriefingData {
    @Produces
    @Singleton
    MeasureCatalogue catalogue(BriefingConfig config) {
        return JsonDataFile.replaceable(MeasureCatalogue.SHIPPED, config.measuresFile(), MeasureCatalogue.class);
    }

    @Produces
    @Singleton
    Areas areas(BriefingConfig config) {
        return new Areas(JsonDataFile.replaceable(PartnershipsFile.SHIPPED, config.partnershipsFile(),
                PartnershipsFile.class), EnglishAuthorities.shipped());
    }

    @Produces
    @Singleton
    UsualModel model() {
        return new UsualModel(UsualSettings.defaults());
    }

    @Produces
    @Singleton
    Clock clock() {
        return Clock.systemUTC();
    }
}
