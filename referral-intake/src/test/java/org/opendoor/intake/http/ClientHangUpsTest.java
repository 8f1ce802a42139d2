package org.opendoor.intake.http;

import static java.nio.charset.StandardCharsets.US_ASCII;
import static org.assertj.core.api.Assertions.assertThat;
import static org.opendoor.intake.TestRequests.token;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.vertx.core.http.HttpClosedException;
import io.vertx.core.http.StreamResetException;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.channels.ClosedChannelException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.opendoor.infra.OpenDoorTestResource;
import org.opendoor.web.Problem;

@QuarkusTest
@QuarkusTestResource(OpenDoorTestResource.class)
class ClientHangUpsTest {
    @Test
    void aClientThatHangsUpMidBodyIsNotLoggedAsAnUnexpectedError() throws Exception {
        List<String> errors = new CopyOnWriteArrayList<>();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord record) {
                if (String.valueOf(record.getMessage()).contains("Unexpected error")) {
                    errors.add(record.getMessage());
                }
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger root = Logger.getLogger("");
        root.addHandler(capture);
        try {
            try (Socket socket = new Socket("localhost", RestAssured.port)) {
                OutputStream out = socket.getOutputStream();
                out.write(("POST /api/v1/referrals HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                        + "Authorization: Bearer " + token("school", "URN:100001") + "\r\n"
                        + "Content-Length: 5000\r\n\r\n{\"source\": \"SCHOOL\",").getBytes(US_ASCII));
                out.flush();
                Thread.sleep(500); // let the request reach the blocking body read, then hang up
            }
            Awaitility.await("no error logged after the hang-up").pollDelay(Duration.ofMillis(1_500))
                    .atMost(Duration.ofSeconds(5)).untilAsserted(() -> assertThat(errors).isEmpty());
        } finally {
            root.removeHandler(capture);
        }
    }

    @Test
    void aHangUpIsAnsweredAsABadRequestAndOtherReadFailuresStayUnexpected() {
        for (Exception hangUp : new Exception[] {new ClosedChannelException(), new StreamResetException(8),
                new IOException(new IOException(new HttpClosedException("Connection was closed")))}) {
            Response answer = new ClientHangUps().unreadable(hangUp);
            assertThat(answer.getStatus()).isEqualTo(400);
            assertThat(answer.getHeaderString("Content-Type")).isEqualTo(Problem.MEDIA_TYPE);
        }
        assertThat(new ClientHangUps().unreadable(new IOException("disk on fire")).getStatus()).isEqualTo(500);
    }
}
