package org.opendoor.briefing.measures;

import java.util.List;
import java.util.Set;

/**
 * How OpenDoor counts one of its own measures from what it recorded, as data: which records ({@link Of}), narrowed
 * by source codes, a category, decision outcomes, a priority, a timescale met, a notice's purpose. Unset narrowings
 * count everything. A measure's month is the month its contact was received (a notice: when it settled).
 */
public record Tally(Of of, List<String> sourceCodes, String category, Set<String> outcomes, String priority,
        Within within, String purpose, Boolean sent, Boolean inTime) {
    public enum Of {
        CONTACTS,
        /** Contacts the duty team decided. */
        DECISIONS,
        /** Each child named in a referral to children's social care (a contact decided with one of outcomes). */
        CHILD_REFERRALS,
        /** Those children referred within 12 months of a previous referral to the same authority (DfE). */
        CHILD_RE_REFERRALS,
        NOTICES
    }

    /** A decision timescale. */
    public enum Within {
        ONE_WORKING_DAY,
        RED_TIMESCALE
    }

    public Tally {
        if (of == null) {
            throw new IllegalArgumentException("tally.of is required: one of " + List.of(Of.values()));
        }
        sourceCodes = sourceCodes == null ? List.of() : List.copyOf(sourceCodes);
        outcomes = outcomes == null ? Set.of() : Set.copyOf(outcomes);
        boolean aboutContacts = sourceCodes.size() > 0 || category != null;
        boolean aboutDecisions = priority != null || within != null
                || !outcomes.isEmpty() && of != Of.CHILD_REFERRALS && of != Of.CHILD_RE_REFERRALS;
        boolean aboutNotices = purpose != null || sent != null || inTime != null;
        if (aboutContacts && of != Of.CONTACTS || aboutDecisions && of != Of.DECISIONS
                || aboutNotices && of != Of.NOTICES) {
            throw new IllegalArgumentException("tally of " + of + " cannot be narrowed by "
                    + (aboutContacts ? "sourceCodes/category" : aboutDecisions ? "outcomes/priority/within"
                            : "purpose/sent/inTime"));
        }
        if ((of == Of.CHILD_REFERRALS || of == Of.CHILD_RE_REFERRALS) && outcomes.isEmpty()) {
            throw new IllegalArgumentException("tally of " + of + " needs the outcomes that make a referral");
        }
        if (of == Of.NOTICES && purpose == null) {
            throw new IllegalArgumentException("tally of NOTICES needs a purpose");
        }
    }
}
