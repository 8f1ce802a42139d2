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

/**
 * A recipient as the database holds it, by kind and key. Entries come from the data files ({@link Source#FILE})
 * or from an administrator ({@link Source#ADMIN}); an administrator's entry wins over its file across restarts.
 */
@Entity
@Table(name = "directory_entry")
@IdClass(DirectoryEntry.Key.class)
class DirectoryEntry extends PanacheEntityBase {
    enum Source {
        FILE,
        ADMIN
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

    static Optional<Recipient> recipient(RecipientKind kind, String key) {
        return DirectoryEntry.<DirectoryEntry>findByIdOptional(new Key(kind, key)).map(DirectoryEntry::recipient);
    }

    static List<Recipient> ofKind(RecipientKind kind) {
        return DirectoryEntry.<DirectoryEntry>list("kind", Sort.by("key"), kind).stream()
                .map(DirectoryEntry::recipient).toList();
    }

    /** A data file's entry: stored, or refreshed, unless an administrator has changed it. */
    static void fromFile(Recipient r) {
        DirectoryEntry entry = findById(new Key(r.kind(), r.key()));
        if (entry == null) {
            new DirectoryEntry(r).set(r, Source.FILE).persist();
        } else if (entry.source == Source.FILE) {
            entry.set(r, Source.FILE);
        }
    }

    /** An administrator's entry (already validated), over whatever was there. */
    static void fromAdmin(Recipient r) {
        DirectoryEntry entry = findById(new Key(r.kind(), r.key()));
        if (entry == null) {
            new DirectoryEntry(r).set(r, Source.ADMIN).persist();
        } else {
            entry.set(r, Source.ADMIN);
        }
    }

    /** Removes an entry; true when there was one. */
    static boolean remove(RecipientKind kind, String key) {
        return deleteById(new Key(kind, key));
    }

    private DirectoryEntry set(Recipient r, Source from) {
        name = r.name();
        localAuthority = r.localAuthority();
        channel = r.channel();
        address = r.address();
        // a data file carries no secrets: only webhooks have one, and they are set through the API
        secret = from == Source.ADMIN ? r.secret() : null;
        source = from;
        updatedAt = Instant.now();
        return this;
    }

    private Recipient recipient() {
        return new Recipient(kind, key, name, localAuthority, channel, address, secret);
    }
}
