package org.opendoor.frontend.concern;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.locks.ReentrantLock;
import org.opendoor.frontend.councils.Council;

/**
 * One person's report in progress, kept in this instance's memory for their session (never in a URL or a log).
 * Every change of an answer gives the report a new submission key, so the key identifies exactly these answers:
 * sending them twice (a double click, a retried POST) sends the same key, and intake keeps one referral.
 */
public final class Report {
    static final int MOST_CHILDREN = 10;

    private String postcode;
    private List<Council> councils = List.of();
    private Council council;
    private Boolean immediateDanger;
    private final List<ChildAnswers> children = new ArrayList<>();
    private SeenOrHeard seenOrHeard;
    private Boolean anonymous;
    private ReporterDetails reporter;
    private UUID submissionKey = UUID.randomUUID();
    private Submitted submitted;
    private final ReentrantLock sending = new ReentrantLock();

    /** The first question still to answer, or the check-answers page once every question that applies is answered. */
    public synchronized Step firstUnanswered() {
        if (council == null || !council.servedByOpenDoor()) {
            // a council that does not take reports here: the person is given its own phone number instead
            return Step.POSTCODE;
        }
        if (immediateDanger == null) {
            return Step.IMMEDIATE_DANGER;
        }
        if (children.isEmpty()) {
            return Step.CHILDREN;
        }
        if (seenOrHeard == null) {
            return Step.SEEN_OR_HEARD;
        }
        if (anonymous == null) {
            return Step.ABOUT_YOU;
        }
        if (!anonymous && reporter == null) {
            return Step.YOUR_DETAILS;
        }
        return Step.CHECK_ANSWERS;
    }

    /** Whether a page of this step may be shown: no question is skipped on the way (a bookmark, a typed URL). */
    public synchronized boolean reached(Step step) {
        if (step == Step.YOUR_DETAILS && Boolean.TRUE.equals(anonymous)) {
            return false;
        }
        return step.ordinal() <= firstUnanswered().ordinal();
    }

    /** A new postcode: its councils, and the council itself when only one takes reports for it. */
    public synchronized void postcode(String postcode, List<Council> councils) {
        if (!postcode.equals(this.postcode) || !councils.equals(this.councils)) {
            this.postcode = postcode;
            this.councils = List.copyOf(councils);
            this.council = councils.size() == 1 ? councils.get(0) : null;
            changed();
        }
    }

    public synchronized boolean choose(String localAuthority) {
        Optional<Council> chosen = councils.stream().filter(c -> c.localAuthority().equals(localAuthority)).findFirst();
        chosen.ifPresent(c -> {
            council = c;
            changed();
        });
        return chosen.isPresent();
    }

    public synchronized void immediateDanger(boolean danger) {
        immediateDanger = danger;
        changed();
    }

    /** Sets child {@code number} (from 1), or adds it when it is the next one. */
    public synchronized void child(int number, ChildAnswers child) {
        if (number == children.size() + 1 && children.size() < MOST_CHILDREN) {
            children.add(child);
        } else if (number >= 1 && number <= children.size()) {
            children.set(number - 1, child);
        } else {
            throw new IllegalArgumentException("No child " + number + " of " + children.size());
        }
        changed();
    }

    public synchronized void removeChild(int number) {
        if (number >= 1 && number <= children.size()) {
            children.remove(number - 1);
            changed();
        }
    }

    public synchronized void seenOrHeard(SeenOrHeard answer) {
        seenOrHeard = answer;
        changed();
    }

    public synchronized void anonymous(boolean anonymous) {
        this.anonymous = anonymous;
        if (anonymous) {
            // a person who chooses anonymity after all is not kept on record
            reporter = null;
        }
        changed();
    }

    public synchronized void reporter(ReporterDetails details) {
        reporter = details;
        changed();
    }

    /** Intake has it: the answers are forgotten here, and only what the confirmation page shows is kept. */
    public synchronized void submitted(Submitted outcome) {
        submitted = outcome;
        postcode = null;
        councils = List.of();
        council = null;
        immediateDanger = null;
        children.clear();
        seenOrHeard = null;
        anonymous = null;
        reporter = null;
    }

    private void changed() {
        submissionKey = UUID.randomUUID();
    }

    /** Held while the report is being sent, so a second click waits and then finds it sent. */
    ReentrantLock sending() {
        return sending;
    }

    public synchronized String postcode() {
        return postcode;
    }

    public synchronized List<Council> councils() {
        return councils;
    }

    public synchronized Council council() {
        return council;
    }

    public synchronized Boolean immediateDanger() {
        return immediateDanger;
    }

    public synchronized List<ChildAnswers> children() {
        return List.copyOf(children);
    }

    public synchronized SeenOrHeard seenOrHeard() {
        return seenOrHeard;
    }

    public synchronized Boolean anonymous() {
        return anonymous;
    }

    public synchronized ReporterDetails reporter() {
        return reporter;
    }

    public synchronized UUID submissionKey() {
        return submissionKey;
    }

    public synchronized Submitted submitted() {
        return submitted;
    }
}
