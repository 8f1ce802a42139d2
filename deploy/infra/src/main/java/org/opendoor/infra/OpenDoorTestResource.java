package org.opendoor.infra;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/**
 * The test resource every service's {@code @QuarkusTest}s share: real PostgreSQL, Kafka and SMTP, started once
 * per test JVM, and the configuration that points the service at them.
 */
public class OpenDoorTestResource implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
        return TestInfrastructure.shared().serviceConfig();
    }

    @Override
    public void stop() {
        // the infrastructure outlives each Quarkus application and stops when the test JVM exits
    }
}
