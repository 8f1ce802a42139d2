package org.opendoor.notify.directory;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.panache.common.Sort;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * A recipient as the database holds it, by kind and key. Entries come from the data files ({@link Source#FILE})
 * or from an administrator ({@link Source#ADMIN}); an administrator's entry wins over its file across restarts, and
 * an entry an administrator removed stays as a tombstone ({@link Source#DELETED}), so its file does not bring it
 * back. A webhook secret is held sealed ({@link WebhookSecrets}).
 */
@Entity
@Table(name = "directory_entry")
@IdClass(DirectoryEntry.Key.class)
class DirectoryEntry extends PanacheEntityBase {
    private static final Logger LOG = Logger.getLogger(DirectoryEntry.class);

    enum Source {
        FILE,
        ADMIN,
        /** Removed by an administrator: no recipient, and the data file's entry is not loaded again. */
        DELETED
    }

    /** The primary key: kind and key (a school's URN, else the authority's ONS code or a hub's key). */
    record Key(RecipientKind kind, String key) implements Serializable {
    }

    @Id
    @Enumerated(EnumType.STRING)
    private RecipientKind kind;
    @Id
    @Column(name = "entry_key")
    private String key;
    private String name;
    private String localAuthority;
    @Enumerated(EnumType.STRING)
    private Channel channel;
    private String address;
    private String secret;
    @Enumerated(EnumType.STRING)
    private Source source;
    private Instant updatedAt;

    protected DirectoryEntry() {
    }

    private DirectoryEntry(Recipient r) {
        this.kind = r.kind();
        this.key = r.key();
    }

    static Optional<Recipient> recipient(RecipientKind kind, String key, WebhookSecrets secrets) {
        return DirectoryEntry.<DirectoryEntry>findByIdOptional(new Key(kind, key))
                .filter(e -> e.source != Source.DELETED).map(e -> e.recipient(secrets));
    }

    static List<Recipient> ofKind(RecipientKind kind, WebhookSecrets secrets) {
        return DirectoryEntry.<DirectoryEntry>list("kind = ?1 and source <> ?2", Sort.by("key"), kind, Source.DELETED)
                .stream().map(e -> e.recipient(secrets)).toList();
    }

    /** A data file's entry: stored, or refreshed, unless an administrator has changed or removed it. */
    static void fromFile(Recipient r) {
        DirectoryEntry entry = findById(new Key(r.kind(), r.key()));
        if (entry == null) {
            new DirectoryEntry(r).set(r, Source.FILE, null).persist();
        } else if (entry.source == Source.FILE) {
            entry.set(r, Source.FILE, null);
        }
    }

    /** An administrator's entry (already validated), over whatever was there, a tombstone included. */
    static void fromAdmin(Recipient r, WebhookSecrets secrets) {
        DirectoryEntry entry = findById(new Key(r.kind(), r.key()));
        String sealed = secrets.seal(r.kind(), r.key(), r.secret());
        if (entry == null) {
            new DirectoryEntry(r).set(r, Source.ADMIN, sealed).persist();
        } else {
            entry.set(r, Source.ADMIN, sealed);
        }
    }

    /**
     * Removes an entry, leaving a tombstone so that its data file does not bring it back at the next start; true
     * when there was one. The tombstone keeps the last name and address, and no secret.
     */
    static boolean remove(RecipientKind kind, String key) {
        DirectoryEntry entry = findById(new Key(kind, key));
        if (entry == null || entry.source == Source.DELETED) {
            return false;
        }
        entry.source = Source.DELETED;
        entry.secret = null;
        entry.updatedAt = Instant.now();
        return true;
    }

    /** Seals the secrets stored before they were encrypted; answers how many. */
    static int sealPlaintextSecrets(WebhookSecrets secrets) {
        int sealed = 0;
        for (DirectoryEntry e : DirectoryEntry.<DirectoryEntry>list("secret is not null")) {
            if (!WebhookSecrets.isSealed(e.secret)) {
                e.secret = secrets.seal(e.kind, e.key, e.secret);
                sealed++;
            }
        }
        return sealed;
    }

    private DirectoryEntry set(Recipient r, Source from, String sealedSecret) {
        name = r.name();
        localAuthority = r.localAuthority();
        channel = r.channel();
        address = r.address();
        // a data file carries no secrets: only webhooks have one, and they are set through the API
        secret = from == Source.ADMIN ? sealedSecret : null;
        source = from;
        updatedAt = Instant.now();
        return this;
    }

    private Recipient recipient(WebhookSecrets secrets) {
        String open;
        try {
            open = secrets.open(kind, key, secret);
        } catch (IllegalStateException e) {
            // sealed with another key: the entry has no usable secret, so a delivery to it fails and alerts
            LOG.errorf("%s", e.getMessage());
            open = null;
        }
        return new Recipient(kind, key, name, localAuthority, channel, address, open);
    }
}
