package org.opendoor.notify.directory;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** What makes a directory entry valid, the same for the data files and the admin API. */
public final class RecipientRules {
    private static final Pattern URN = Pattern.compile("\\d{6}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s,]+@[^@\\s,]+\\.[^@\\s,]+");
    /** Key of the duty-manager entry alerted when a failure belongs to no authority yet. */
    public static final String PARTNERSHIP = "PARTNERSHIP";

    private RecipientRules() {
    }

    /** Each problem as {field, message}; empty when the entry is valid. */
    public static List<String[]> violations(Recipient r, Set<String> authorities) {
        List<String[]> problems = new ArrayList<>();
        if (r.kind() == RecipientKind.SCHOOL_DSL) {
            if (r.key() == null || !URN.matcher(r.key()).matches()) {
                problems.add(new String[] {"key", "a school is keyed by its six-digit URN"});
            }
        } else if (r.kind() == RecipientKind.DUTY_MANAGER && PARTNERSHIP.equals(r.key())) {
            // the partnership-wide fallback has no authority of its own
        } else if (r.key() == null || !r.key().equals(r.localAuthority())) {
            problems.add(new String[] {"key", "a " + r.kind() + " entry is keyed by its authority's ONS code"});
        }
        boolean partnership = PARTNERSHIP.equals(r.localAuthority()) && r.kind() == RecipientKind.DUTY_MANAGER;
        if (r.localAuthority() == null || !(authorities.contains(r.localAuthority()) || partnership)) {
            problems.add(new String[] {"localAuthority", "unknown local authority: " + r.localAuthority()});
        }
        if (r.name() == null || r.name().isBlank() || r.name().length() > 200) {
            problems.add(new String[] {"name", "a name of 1 to 200 characters is required"});
        }
        if (r.channel() == null) {
            problems.add(new String[] {"channel", "one of EMAIL, WEBHOOK, GOVUK_NOTIFY is required"});
        } else if (r.channel() == Channel.WEBHOOK) {
            if (!isHttpUrl(r.address())) {
                problems.add(new String[] {"address", "a webhook address is an http or https URL"});
            }
            if (r.secret() == null || r.secret().length() < 16) {
                problems.add(new String[] {"secret", "a webhook needs a shared secret of at least 16 characters"});
            }
        } else if (r.address() == null || !EMAIL.matcher(r.address()).matches()) {
            problems.add(new String[] {"address", r.channel() + " needs an email address"});
        }
        return problems;
    }

    private static boolean isHttpUrl(String address) {
        try {
            URI uri = URI.create(address);
            return ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null;
        } catch (RuntimeException e) {
            return false;
        }
    }
}
