package org.opendoor.messaging;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.opendoor.model.Topics;

/** Parks a poison message on {@code <topic>.dlq} and in the service's dead_letter table, with the reason. */
public final class DeadLetters {
    public static final String REASON_HEADER = "opendoor-dlq-reason";
    private static final String RECORD = """
            INSERT INTO dead_letter (consumer, topic, partition_no, record_offset, message_key, payload, reason)
            VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""";

    private final DataSource dataSource;
    private final Producer<String, String> producer;
    private final String consumer;

    public DeadLetters(DataSource dataSource, Producer<String, String> producer, String consumer) {
        this.dataSource = dataSource;
        this.producer = producer;
        this.consumer = consumer;
    }

    public void park(ConsumerRecord<String, String> record, String reason) throws Exception {
        ProducerRecord<String, String> dead = new ProducerRecord<>(Topics.deadLetterOf(record.topic()), record.key(),
                record.value());
        dead.headers().add(REASON_HEADER, reason.getBytes(StandardCharsets.UTF_8));
        producer.send(dead).get(30, TimeUnit.SECONDS);
        try (Connection c = dataSource.getConnection(); PreparedStatement insert = c.prepareStatement(RECORD)) {
            insert.setString(1, consumer);
            insert.setString(2, record.topic());
            insert.setInt(3, record.partition());
            insert.setLong(4, record.offset());
            insert.setString(5, record.key());
            insert.setString(6, record.value());
            insert.setString(7, reason);
            insert.executeUpdate();
        }
    }
}
