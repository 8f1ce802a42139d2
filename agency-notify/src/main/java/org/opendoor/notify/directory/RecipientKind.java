package org.opendoor.notify.directory;

/** The kinds of recipient the directory holds, each loaded from its own data file under {@code directory/}. */
public enum RecipientKind {
    /** A school's designated safeguarding lead, keyed by URN. */
    SCHOOL_DSL("schools.csv", false),
    /** The police public-protection unit serving an authority. */
    POLICE_PUBLIC_PROTECTION("police-public-protection.csv", true),
    DUTY_TEAM("duty-teams.csv", true),
    DUTY_MANAGER("duty-managers.csv", true),
    MARAC_COORDINATOR("marac-coordinators.csv", true),
    HEALTH_VISITING("health-visiting.csv", true),
    CHILDRENS_SOCIAL_CARE("childrens-social-care.csv", true);

    private final String file;
    private final boolean perAuthority;

    RecipientKind(String file, boolean perAuthority) {
        this.file = file;
        this.perAuthority = perAuthority;
    }

    public String file() {
        return "directory/" + file;
    }

    /** Keyed by the authority's ONS code, and every authority must have one. */
    public boolean perAuthority() {
        return perAuthority;
    }
}
