package org.opendoor.infra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.GroupAuthorizationException;
import org.apache.kafka.common.errors.TopicAuthorizationException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The embedded broker secured with the Kubernetes manifest's Kafka users: SASL/SCRAM is required, and each service's
 * ACLs let it write what it publishes and read what it consumes, in its own group, and nothing else.
 */
class SecuredKafkaBrokerTest {
    private static final Path MANIFEST = Path.of("../k8s/kafka.yaml");
    private static Path home;
    private static KafkaBroker broker;
    private static KafkaUsers users;

    @BeforeAll
    static void start() throws Exception {
        home = Files.createTempDirectory("secured-kafka-");
        broker = KafkaBroker.start(home, FreePort.find(), true, true);
        users = KafkaUsers.create(broker, KafkaUsers.fromManifest(MANIFEST));
    }

    @AfterAll
    static void stop() {
        if (broker != null) {
            broker.close();
        }
        Directories.delete(home);
    }

    @Test
    void theManifestDeclaresAUserForEveryServiceAndItsTopics() {
        KafkaUsers.Declared declared = KafkaUsers.fromManifest(MANIFEST);
        assertThat(declared.users()).extracting(KafkaUsers.User::name)
                .containsExactly("referral-intake", "triage-service", "agency-notify", "briefing-service");
        assertThat(declared.topics()).containsEntry("opendoor.referral.received.v1", 6)
                .containsEntry("opendoor.referral.received.v1.dlq", 1).hasSize(14);
    }

    @Test
    void aServiceWritesWhatItPublishes() throws Exception {
        try (KafkaProducer<String, String> intake = producer(users.clientSecurity("referral-intake"))) {
            assertThat(intake.send(new ProducerRecord<>("opendoor.referral.received.v1", "k", "{}"))
                    .get(30, TimeUnit.SECONDS).offset()).isNotNegative();
        }
    }

    @Test
    void aServiceCannotWriteATopicItNeitherPublishesNorConsumes() {
        try (KafkaProducer<String, String> intake = producer(users.clientSecurity("referral-intake"))) {
            assertThatThrownBy(() -> intake.send(new ProducerRecord<>("opendoor.notification.settled.v1", "k", "{}"))
                    .get(30, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class)
                    .hasCauseInstanceOf(TopicAuthorizationException.class);
        }
    }

    @Test
    void aServiceConsumesOnlyInItsOwnGroup() {
        Map<String, Object> config = new HashMap<>(users.clientSecurity("briefing-service"));
        config.put(ConsumerConfig.GROUP_ID_CONFIG, "triage-service");
        try (KafkaConsumer<String, String> briefing = consumer(config)) {
            briefing.subscribe(List.of("opendoor.referral.received.v1"));
            assertThatThrownBy(() -> briefing.poll(Duration.ofSeconds(10)))
                    .isInstanceOf(GroupAuthorizationException.class);
        }
    }

    @Test
    void aClientWithoutAUserIsNotServed() {
        Map<String, Object> config = new HashMap<>();
        config.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 3_000);
        try (KafkaProducer<String, String> anonymous = producer(config)) {
            assertThatThrownBy(() -> anonymous.send(new ProducerRecord<>("opendoor.referral.received.v1", "k", "{}"))
                    .get(10, TimeUnit.SECONDS)).hasMessageContaining("Topic opendoor.referral.received.v1 not present");
        }
    }

    private static KafkaProducer<String, String> producer(Map<String, ?> security) {
        Map<String, Object> config = new HashMap<>(security);
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers());
        config.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 10_000);
        config.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 5_000);
        config.putIfAbsent(ProducerConfig.MAX_BLOCK_MS_CONFIG, 10_000);
        config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        return new KafkaProducer<>(config);
    }

    private static KafkaConsumer<String, String> consumer(Map<String, ?> security) {
        Map<String, Object> config = new HashMap<>(security);
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers());
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        return new KafkaConsumer<>(config);
    }
}
