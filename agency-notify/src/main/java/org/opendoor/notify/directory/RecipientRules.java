package org.opendoor.notify.directory;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.opendoor.model.EnglishAuthorities;

/** What makes a directory entry valid, the same for the data files and the admin API. */
public final class RecipientRules {
    private static final Pattern URN = Pattern.compile("\\d{6}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s,]+@[^@\\s,]+\\.[^@\\s,]+");
    /**
     * Key of the entries that stand for the partnerships' front-door operations when a case or a failure belongs to
     * no authority and no hub.
     */
    public static final String PARTNERSHIP = "PARTNERSHIP";

    private RecipientRules() {
    }

    /**
     * Each problem as {field, message}; empty when the entry is valid. {@code authorities} are the partnerships'
     * authorities; {@code hubs} the partnerships' keys, whose hubs have entries of their own (as does
     * {@link #PARTNERSHIP}). A front door ({@code DUTY_TEAM}) may also be that of any English authority, for the
     * notice of a case transferred to it.
     */
    public static List<String[]> violations(Recipient r, Set<String> authorities, Set<String> hubs) {
        List<String[]> problems = new ArrayList<>();
        if (r.kind() == RecipientKind.SCHOOL_DSL) {
            if (r.key() == null || !URN.matcher(r.key()).matches()) {
                problems.add(new String[] {"key", "a school is keyed by its six-digit URN"});
            }
        } else if (r.key() == null || !r.key().equals(r.localAuthority())) {
            problems.add(new String[] {"key", "a " + r.kind() + " entry is keyed by its authority's ONS code "
                    + "(or its partnership's key, " + PARTNERSHIP + " for both)"});
        }
        String la = r.localAuthority();
        boolean known = la != null && (authorities.contains(la)
                || r.kind() != RecipientKind.SCHOOL_DSL && (hubs.contains(la) || PARTNERSHIP.equals(la))
                || r.kind() == RecipientKind.DUTY_TEAM && EnglishAuthorities.shipped().find(la).isPresent());
        if (!known) {
            problems.add(new String[] {"localAuthority", "unknown local authority: " + la});
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
