package org.opendoor.notify.directory;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.Startup;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;
import org.opendoor.model.EnglishAuthorities;

/**
 * Who to tell, by kind and key. Held in the database so admin changes reach every instance and survive
 * restarts; the data files are validated and loaded at start-up, and an entry an administrator changed or removed
 * is not overwritten (or brought back) by its file. Every administrator's change is announced as a
 * {@link DirectoryChange} in its transaction.
 */
@Startup
@ApplicationScoped
public class Directory {
    private static final Logger LOG = Logger.getLogger(Directory.class);

    @Inject
    DirectoryConfig config;
    @Inject
    Event<DirectoryChange> changes;

    private Map<String, String> authorities;
    private Partnerships partnerships;
    private WebhookSecrets secrets;
    private WebhookTargets webhookTargets;

    @PostConstruct
    void load() {
        secrets = WebhookSecrets.of(config);
        webhookTargets = WebhookTargets.of(config);
        load(DirectoryFiles.onClasspath());
    }

    /** Validates and loads the data files (what every start does; a test loads them again as a restart would). */
    void load(DirectoryFiles files) {
        authorities = Map.copyOf(files.authorities());
        partnerships = files.partnerships();
        List<Recipient> entries = files.entries();
        // the one programmatic transaction: no interceptor runs in @PostConstruct
        int sealed = QuarkusTransaction.requiringNew().call(() -> {
            // instances starting together load the files one after the other; readers are not held up
            DirectoryEntry.getEntityManager()
                    .createNativeQuery("LOCK TABLE directory_entry IN SHARE ROW EXCLUSIVE MODE").executeUpdate();
            entries.forEach(DirectoryEntry::fromFile);
            return DirectoryEntry.sealPlaintextSecrets(secrets);
        });
        if (sealed > 0) {
            LOG.infof("Encrypted %d webhook secret(s) stored before secrets were encrypted at rest", sealed);
        }
    }

    /** ONS code → authority name. */
    public Map<String, String> authorities() {
        return authorities;
    }

    public Partnerships partnerships() {
        return partnerships;
    }

    /**
     * What an entry an administrator sends must satisfy: the same rules as the data files, and a webhook's address
     * must be a safe target ({@link WebhookTargets}).
     */
    public List<String[]> violations(Recipient entry) {
        List<String[]> problems = new ArrayList<>(RecipientRules.violations(entry, authorities.keySet(),
                partnerships.all().stream().map(Partnership::key).collect(Collectors.toSet())));
        if (entry.channel() == Channel.WEBHOOK && entry.address() != null
                && problems.stream().noneMatch(p -> p[0].equals("address"))) {
            webhookTargets.problem(entry.address()).ifPresent(p -> problems.add(new String[] {"address", p}));
        }
        return problems;
    }

    /** Whether the administrator may change an entry of this authority (see {@link AdminScope}). */
    public boolean mayChange(AdminScope scope, String localAuthority) {
        return scope.mayChange(localAuthority, authorities, partnerships);
    }

    /** In the caller's transaction, or a short one of its own. */
    @Transactional
    public Optional<Recipient> find(RecipientKind kind, String key) {
        return key == null ? Optional.empty() : DirectoryEntry.recipient(kind, key, secrets);
    }

    @Transactional
    public List<Recipient> list(RecipientKind kind) {
        return DirectoryEntry.ofKind(kind, secrets);
    }

    /** Saves an administrator's entry (already validated and in scope), in the caller's transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public DirectoryChange save(Recipient r, String changedBy) {
        Optional<Recipient> before = find(r.kind(), r.key());
        List<DirectoryChange.Manager> managers = managersOf(before.orElse(null), r);
        DirectoryEntry.fromAdmin(r, secrets);
        return announce(new DirectoryChange(UUID.randomUUID(), r.kind(), r.key(), before.orElse(null), r, changedBy,
                Instant.now(), managers));
    }

    /** Removes an entry (it stays removed across restarts), in the caller's transaction; empty when there was none. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<DirectoryChange> remove(RecipientKind kind, String key, String changedBy) {
        Optional<Recipient> before = find(kind, key);
        if (before.isEmpty()) {
            return Optional.empty();
        }
        List<DirectoryChange.Manager> managers = managersOf(before.get(), null);
        DirectoryEntry.remove(kind, key);
        return Optional.of(announce(new DirectoryChange(UUID.randomUUID(), kind, key, before.get(), null, changedBy,
                Instant.now(), managers)));
    }

    /**
     * The front-door manager of an authority (or hub): its {@code DUTY_MANAGER} entry, else the partnerships'
     * front-door operations ({@code DUTY_MANAGER/PARTNERSHIP}); empty when the directory has neither.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<Recipient> frontDoorManagerOf(String authority) {
        return find(RecipientKind.DUTY_MANAGER, authority)
                .or(() -> find(RecipientKind.DUTY_MANAGER, RecipientRules.PARTNERSHIP));
    }

    private List<DirectoryChange.Manager> managersOf(Recipient before, Recipient after) {
        Set<String> involved = new LinkedHashSet<>();
        if (before != null) {
            involved.add(before.localAuthority());
        }
        if (after != null) {
            involved.add(after.localAuthority());
        }
        List<DirectoryChange.Manager> managers = new ArrayList<>();
        Set<String> told = new LinkedHashSet<>();
        for (String authority : involved) {
            Recipient manager = frontDoorManagerOf(authority).orElse(null);
            if (manager == null || told.add(manager.channel() + " " + manager.address())) {
                managers.add(new DirectoryChange.Manager(authority, nameOf(authority), manager));
            }
        }
        return managers;
    }

    private String nameOf(String authority) {
        if (authorities.containsKey(authority)) {
            return authorities.get(authority);
        }
        return partnerships.byKey(authority).map(Partnership::name)
                .or(() -> EnglishAuthorities.shipped().find(authority)
                        .map(EnglishAuthorities.Authority::name))
                .orElse(RecipientRules.PARTNERSHIP.equals(authority) ? "the partnerships' front-door operations"
                        : authority);
    }

    private DirectoryChange announce(DirectoryChange change) {
        changes.fire(change);
        return change;
    }
}
