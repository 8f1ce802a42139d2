package org.opendoor.notify.directory;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.Startup;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Who to tell, by kind and key. Held in the database so admin changes reach every instance and survive
 * restarts; the data files are validated and loaded at start-up, and an entry an administrator changed is not
 * overwritten by its file.
 */
@Startup
@ApplicationScoped
public class Directory {
    private Map<String, String> authorities;
    private Partnerships partnerships;

    @PostConstruct
    void load() {
        DirectoryFiles files = DirectoryFiles.onClasspath();
        authorities = Map.copyOf(files.authorities());
        partnerships = files.partnerships();
        List<Recipient> entries = files.entries();
        // the one programmatic transaction: no interceptor runs in @PostConstruct
        QuarkusTransaction.requiringNew().run(() -> {
            // instances starting together load the files one after the other; readers are not held up
            DirectoryEntry.getEntityManager()
                    .createNativeQuery("LOCK TABLE directory_entry IN SHARE ROW EXCLUSIVE MODE").executeUpdate();
            entries.forEach(DirectoryEntry::fromFile);
        });
    }

    /** ONS code → authority name. */
    public Map<String, String> authorities() {
        return authorities;
    }

    public Partnerships partnerships() {
        return partnerships;
    }

    /** What an entry an administrator sends must satisfy: the same rules as the data files. */
    public List<String[]> violations(Recipient entry) {
        return RecipientRules.violations(entry, authorities.keySet(), partnerships.all().stream()
                .map(Partnership::key).collect(Collectors.toSet()));
    }

    /** In the caller's transaction, or a short one of its own. */
    @Transactional
    public Optional<Recipient> find(RecipientKind kind, String key) {
        return key == null ? Optional.empty() : DirectoryEntry.recipient(kind, key);
    }

    @Transactional
    public List<Recipient> list(RecipientKind kind) {
        return DirectoryEntry.ofKind(kind);
    }

    /** Saves an administrator's entry (already validated), in the caller's transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void save(Recipient r) {
        DirectoryEntry.fromAdmin(r);
    }

    /** Removes an entry, in the caller's transaction; true when there was one. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean remove(RecipientKind kind, String key) {
        return DirectoryEntry.remove(kind, key);
    }
}
