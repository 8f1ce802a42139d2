package org.opendoor.infra;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class EmbeddedInfrastructureTest {
    private static Path home;
    private static EmbeddedInfrastructure infra;

    @BeforeAll
    static void start() throws Exception {
        home = Files.createTempDirectory("infra-test-");
        infra = EmbeddedInfrastructure.start(home, EmbeddedInfrastructure.Ports.free(), true);
    }

    @AfterAll
    static void stop() {
        infra.close();
        Directories.delete(home);
    }

    @Test
    void postgresKeepsCommittedDataAcrossARestart() throws Exception {
        InfraEndpoints endpoints = infra.endpoints();
        try (Connection c = connect(endpoints)) {
            c.createStatement().execute("CREATE TABLE kept (n int); INSERT INTO kept VALUES (42)");
        }
        infra.postgres().stop();
        infra.postgres().start();
        try (Connection c = connect(endpoints); ResultSet rs = c.createStatement().executeQuery("SELECT n FROM kept")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getInt(1)).isEqualTo(42);
            assertThat(c.getMetaData().getDatabaseProductVersion()).startsWith("17.");
        }
    }

    @Test
    void kafkaDeliversAnAcknowledgedRecordAfterABrokerRestart() throws Exception {
        String bootstrap = infra.endpoints().bootstrapServers();
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap, ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class))) {
            producer.send(new ProducerRecord<>("infra.test", "k", "hello")).get(30, TimeUnit.SECONDS);
        }
        infra.kafka().stop();
        infra.kafka().start();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap, ConsumerConfig.GROUP_ID_CONFIG, "infra-test",
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class))) {
            consumer.subscribe(List.of("infra.test"));
            ConsumerRecords<String, String> records = Awaitility.await("the record kept across the restart")
                    .atMost(Duration.ofSeconds(30)).pollInterval(Duration.ZERO)
                    .until(() -> consumer.poll(Duration.ofMillis(500)), polled -> !polled.isEmpty());
            assertThat(records.iterator().next().value()).isEqualTo("hello");
        }
    }

    @Test
    void mailSentOverSmtpCanBeReadBack() throws Exception {
        Properties props = new Properties();
        props.put("mail.smtp.host", "127.0.0.1");
        props.put("mail.smtp.port", Integer.toString(infra.endpoints().smtpPort()));
        jakarta.mail.Session session = jakarta.mail.Session.getInstance(props);
        jakarta.mail.internet.MimeMessage message = new jakarta.mail.internet.MimeMessage(session);
        message.setFrom("opendoor@opendoor.local");
        message.setRecipients(jakarta.mail.Message.RecipientType.TO, "dsl@school.test");
        message.setSubject("Operation Encompass notice");
        message.setText("body");
        jakarta.mail.Transport.send(message);

        assertThat(infra.endpoints().mailbox().messagesFor("dsl@school.test"))
                .extracting(Mailbox.Mail::subject).containsExactly("Operation Encompass notice");
        assertThat(infra.endpoints().mailbox().messagesFor("nobody@school.test")).isEmpty();
    }

    @Test
    void tokensAreSignedWithTheDevelopmentKey() throws Exception {
        String token = infra.endpoints().tokens().mint("school", "URN:100001", null, null);
        var consumer = new org.jose4j.jwt.consumer.JwtConsumerBuilder()
                .setVerificationKey(java.security.KeyFactory.getInstance("RSA").generatePublic(
                        new java.security.spec.X509EncodedKeySpec(java.util.Base64.getDecoder().decode(
                                Files.readString(infra.endpoints().keys().publicKeyFile())
                                        .replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "")))))
                .setExpectedIssuer(DevKeys.ISSUER).setExpectedAudience(DevKeys.AUDIENCE).setRequireExpirationTime()
                .build();
        var claims = consumer.processToClaims(token);
        assertThat(claims.getStringListClaimValue("groups")).containsExactly("school");
        assertThat(claims.getClaimValueAsString("org")).isEqualTo("URN:100001");
    }

    private static Connection connect(InfraEndpoints endpoints) throws Exception {
        return DriverManager.getConnection(endpoints.jdbcUrl(), PostgresServer.USER, PostgresServer.USER);
    }
}
