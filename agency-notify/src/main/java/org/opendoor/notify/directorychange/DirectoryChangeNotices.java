package org.opendoor.notify.directorychange;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Locale;
import org.opendoor.notify.directory.DirectoryChange;
import org.opendoor.notify.directory.Recipient;
import org.opendoor.notify.message.Notice;
import org.opendoor.notify.notification.NotificationQueue;
import org.opendoor.notify.notification.PlannedNotification;

/**
 * Tells the front-door managers about every directory change, through the notification queue (stored in the
 * change's transaction, delivered and retried like any notice): the change is kept if and only if the notice is.
 * A change with no front-door manager to tell is still made; its notice is stored FAILED "no recipient" and the
 * audit record says nobody was told. The notice's "referral" is the change itself (its id and reference), so the
 * once-per-referral rule never holds one back.
 */
@ApplicationScoped
public class DirectoryChangeNotices {
    private final NotificationQueue queue;

    public DirectoryChangeNotices(NotificationQueue queue) {
        this.queue = queue;
    }

    void changed(@Observes DirectoryChange change) {
        String reference = "DIRECTORY-" + change.kind() + "-" + change.key();
        Recipient entry = change.after() != null ? change.after() : change.before();
        String verb = change.change().name().toLowerCase(Locale.ROOT);
        queue.enqueueAll(change.managers().stream().map(m -> new PlannedNotification(change.id(), change.id(),
                reference, m.authority(), m.recipient(), "front-door manager of " + m.authority(), null,
                new Notice.DirectoryChanged(reference, change.kind().name(), change.key(), entry.name(),
                        m.authorityName(), verb, change.changedBy(), change.at(), describe(change.before()),
                        describe(change.after())))).toList());
    }

    private static String describe(Recipient r) {
        return r == null ? null : r.channel() + " " + r.address();
    }
}
