package org.opendoor.notify.govuk;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.Optional;

/** GOV.UK Notify: the service's API key and the one email template whose ((subject)) and ((body)) we fill. */
@ConfigMapping(prefix = "notify.govuk")
public interface GovUkNotifyConfig {
    @WithDefault("https://api.notifications.service.gov.uk")
    String baseUrl();

    /** Absent: recipients on GOVUK_NOTIFY fail (and alert the duty manager) until an operator sets it. */
    Optional<String> apiKey();

    Optional<String> templateId();
}
