package org.opendoor.intake.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.http.StreamResetException;
import jakarta.ws.rs.core.Response;
import java.nio.channels.ClosedChannelException;
import org.junit.jupiter.api.Test;
import org.opendoor.infra.OpenDoorTestResource;
import org.opendoor.web.Problem;

@QuarkusTest
@QuarkusTestResource(OpenDoorTestResource.class)
class ClientHangUpsTest {
    @Test
    void aClientThatHungUpIsNotAServerError() {
        for (Exception hangUp : new Exception[] {new ClosedChannelException(), new StreamResetException(8)}) {
            Response answer = new ClientHangUps().hungUp(hangUp);
            assertThat(answer.getStatus()).isEqualTo(400);
            assertThat(answer.getHeaderString("Content-Type")).isEqualTo(Problem.MEDIA_TYPE);
        }
    }
}
