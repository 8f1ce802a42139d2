package org.opendoor.notify.support;

import java.time.Duration;
import java.util.List;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;
import org.opendoor.infra.Mailbox;
import org.opendoor.infra.TestInfrastructure;

/** Reads the real SMTP server's mailboxes, waiting with a deadline. */
public final class Mail {
    private Mail() {
    }

    /** Mails to {@code address} whose subject contains {@code marker}, once at least one came (or none in time). */
    public static List<Mailbox.Mail> await(String address, String marker) {
        try {
            return Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                    .until(() -> matching(address, marker), mails -> !mails.isEmpty());
        } catch (ConditionTimeoutException none) {
            return List.of();
        }
    }

    public static List<Mailbox.Mail> matching(String address, String marker) {
        return TestInfrastructure.shared().mailbox().messagesFor(address).stream()
                .filter(m -> m.subject().contains(marker)).toList();
    }

    /** Exactly one such mail when the first is seen (tests that prove no duplicate wait and count again). */
    public static Mailbox.Mail one(String address, String marker) {
        List<Mailbox.Mail> mails = await(address, marker);
        if (mails.size() != 1) {
            throw new AssertionError("Expected one mail to " + address + " about " + marker + ", got " + mails);
        }
        return mails.get(0);
    }
}
