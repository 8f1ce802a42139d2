package org.opendoor.infra;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.ScramCredentialInfo;
import org.apache.kafka.clients.admin.ScramMechanism;
import org.apache.kafka.clients.admin.UserScramCredentialUpsertion;
import org.apache.kafka.common.acl.AccessControlEntry;
import org.apache.kafka.common.acl.AclBinding;
import org.apache.kafka.common.acl.AclOperation;
import org.apache.kafka.common.acl.AclPermissionType;
import org.apache.kafka.common.resource.PatternType;
import org.apache.kafka.common.resource.ResourcePattern;
import org.apache.kafka.common.resource.ResourceType;

/**
 * The Kafka users of a deployment and what each may do, read from the Strimzi {@code KafkaUser} resources of a
 * Kubernetes manifest (deploy/k8s/kafka.yaml) and created on an embedded secured broker: a SCRAM-SHA-512 user
 * with a fresh password and the resource's ACLs, each. The manifest's {@code KafkaTopic}s are created first, as
 * Strimzi's Topic Operator would (the users may not create topics). A whole-system test on such a broker
 * therefore proves that the ACLs the manifests give every service are enough for the whole flow.
 */
public final class KafkaUsers {
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int SCRAM_ITERATIONS = 4096;

    /** One KafkaUser: its name (the service's) and its ACLs. */
    public record User(String name, List<AclBinding> acls) {
    }

    /** What a manifest declares: its users, and its topics with their partition counts. */
    public record Declared(List<User> users, Map<String, Integer> topics) {
    }

    private final Map<String, String> passwords;

    private KafkaUsers(Map<String, String> passwords) {
        this.passwords = passwords;
    }

    /** The KafkaUser and KafkaTopic resources of a manifest of several YAML documents; other kinds are skipped. */
    public static Declared fromManifest(Path manifest) {
        List<User> users = new ArrayList<>();
        Map<String, Integer> topics = new LinkedHashMap<>();
        try (MappingIterator<JsonNode> documents = new ObjectMapper(new YAMLFactory()).readerFor(JsonNode.class)
                .readValues(manifest.toFile())) {
            while (documents.hasNext()) {
                JsonNode document = documents.next();
                String kind = document == null ? "" : document.path("kind").asText();
                if (kind.equals("KafkaUser")) {
                    users.add(user(document));
                } else if (kind.equals("KafkaTopic")) {
                    topics.put(document.path("spec").path("topicName").asText(),
                            document.path("spec").path("partitions").asInt(1));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the Kafka users of " + manifest, e);
        }
        return new Declared(users, topics);
    }

    /**
     * Creates the declared topics (one replica: one broker), then the users (SCRAM credentials, fresh passwords)
     * and their ACLs on a secured broker. Topics that exist already (a restart on kept data) are left as they are.
     */
    public static KafkaUsers create(KafkaBroker broker, Declared declared) {
        if (!broker.secured()) {
            throw new IllegalStateException("Kafka users need a secured broker");
        }
        Map<String, String> passwords = new LinkedHashMap<>();
        List<UserScramCredentialUpsertion> credentials = new ArrayList<>();
        List<AclBinding> acls = new ArrayList<>();
        for (User user : declared.users()) {
            String password = newPassword();
            passwords.put(user.name(), password);
            credentials.add(new UserScramCredentialUpsertion(user.name(),
                    new ScramCredentialInfo(ScramMechanism.SCRAM_SHA_512, SCRAM_ITERATIONS), password));
            acls.addAll(user.acls());
        }
        try (Admin admin = Admin.create(broker.adminConfig())) {
            Set<String> existing = admin.listTopics().names().get(30, TimeUnit.SECONDS);
            List<NewTopic> missing = declared.topics().entrySet().stream().filter(t -> !existing.contains(t.getKey()))
                    .map(t -> new NewTopic(t.getKey(), t.getValue(), (short) 1)).toList();
            admin.createTopics(missing).all().get(30, TimeUnit.SECONDS);
            admin.alterUserScramCredentials(List.copyOf(credentials)).all().get(30, TimeUnit.SECONDS);
            admin.createAcls(acls).all().get(30, TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("Could not create the Kafka users", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while creating the Kafka users", e);
        }
        return new KafkaUsers(passwords);
    }

    /** A Kafka client's security settings (Kafka's own names) for one of the users. */
    public Map<String, String> clientSecurity(String user) {
        String password = passwords.get(user);
        if (password == null) {
            throw new IllegalArgumentException("No Kafka user " + user + "; known: " + passwords.keySet());
        }
        return KafkaBroker.clientSecurity(user, password);
    }

    /** A service's Kafka client settings ({@code kafka.*}, as its configuration reads them) for its user. */
    public Map<String, String> serviceConfig(String user) {
        Map<String, String> config = new LinkedHashMap<>();
        clientSecurity(user).forEach((k, v) -> config.put("kafka." + k, v));
        return config;
    }

    static String newPassword() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static User user(JsonNode document) {
        String name = document.path("metadata").path("name").asText();
        List<AclBinding> acls = new ArrayList<>();
        for (JsonNode acl : document.path("spec").path("authorization").path("acls")) {
            JsonNode resource = acl.path("resource");
            ResourcePattern pattern = new ResourcePattern(resourceType(resource.path("type").asText()),
                    resource.path("type").asText().equals("cluster") ? "kafka-cluster" : resource.path("name").asText(),
                    resource.path("patternType").asText("literal").equals("prefix") ? PatternType.PREFIXED
                            : PatternType.LITERAL);
            for (JsonNode operation : acl.path("operations")) {
                acls.add(new AclBinding(pattern, new AccessControlEntry("User:" + name, acl.path("host").asText("*"),
                        operation(operation.asText()), AclPermissionType.ALLOW)));
            }
        }
        if (name.isBlank() || acls.isEmpty()) {
            throw new IllegalArgumentException("A KafkaUser needs a name and ACLs: " + document);
        }
        return new User(name, acls);
    }

    private static ResourceType resourceType(String strimzi) {
        return switch (strimzi) {
            case "topic" -> ResourceType.TOPIC;
            case "group" -> ResourceType.GROUP;
            case "cluster" -> ResourceType.CLUSTER;
            case "transactionalId" -> ResourceType.TRANSACTIONAL_ID;
            default -> throw new IllegalArgumentException("Unknown KafkaUser resource type " + strimzi);
        };
    }

    /** Strimzi writes operations as Kafka's names in camel case (Describe, IdempotentWrite). */
    private static AclOperation operation(String strimzi) {
        return AclOperation.fromString(strimzi.replaceAll("([a-z])([A-Z])", "$1_$2").toUpperCase(Locale.ROOT));
    }
}
