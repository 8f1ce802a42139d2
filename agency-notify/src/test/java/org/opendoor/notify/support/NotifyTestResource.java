package org.opendoor.notify.support;

import java.util.HashMap;
import java.util.Map;
import org.opendoor.infra.OpenDoorTestResource;

/**
 * The shared infrastructure, plus a local GOV.UK Notify the service is pointed at, and a second mailer
 * ({@code unresponsive}, waiting a second) pointed at an SMTP server that has hung, and a third ({@code hung}) that
 * waits a minute for it. One app for every test.
 */
public class NotifyTestResource extends OpenDoorTestResource {
    @Override
    public Map<String, String> start() {
        Map<String, String> config = new HashMap<>(super.start());
        FakeGovUkNotify notify = FakeGovUkNotify.shared();
        config.put("notify.govuk.base-url", notify.baseUrl());
        config.put("notify.govuk.api-key", FakeGovUkNotify.API_KEY);
        config.put("notify.govuk.template-id", FakeGovUkNotify.TEMPLATE_ID);
        config.put("quarkus.mailer.unresponsive.host", "127.0.0.1");
        config.put("quarkus.mailer.unresponsive.port", Integer.toString(SilentSmtpServer.shared().port()));
        config.put("quarkus.mailer.unresponsive.mock", "false");
        config.put("quarkus.mailer.unresponsive.from", "opendoor@opendoor.local");
        config.put("quarkus.mailer.unresponsive.timeout", "PT1S");
        // the same server through a mailer that waits a minute: only the delivery worker's own deadline ends a send
        config.put("quarkus.mailer.hung.host", "127.0.0.1");
        config.put("quarkus.mailer.hung.port", Integer.toString(SilentSmtpServer.shared().port()));
        config.put("quarkus.mailer.hung.mock", "false");
        config.put("quarkus.mailer.hung.from", "opendoor@opendoor.local");
        config.put("quarkus.mailer.hung.timeout", "PT1M");
        return config;
    }
}
