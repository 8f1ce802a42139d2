package org.opendoor.notify.directory;

/** The kinds of recipient the directory holds, each loaded from its own data file under {@code directory/}. */
public enum RecipientKind {
    /** A school's designated safeguarding lead, keyed by URN. */
    SCHOOL_DSL("schools.csv", false, false),
    /** The police public-protection unit serving an authority. */
    POLICE_PUBLIC_PROTECTION("police-public-protection.csv", true, false),
    /**
     * An authority's children's services front door; also any English authority's, to send a transferred case's
     * notice to.
     */
    DUTY_TEAM("duty-teams.csv", true, true),
    DUTY_MANAGER("duty-managers.csv", true, true),
    MARAC_COORDINATOR("marac-coordinators.csv", true, false),
    HEALTH_VISITING("health-visiting.csv", true, false),
    CHILDRENS_SOCIAL_CARE("childrens-social-care.csv", true, false);

    private final String file;
    private final boolean perAuthority;
    private final boolean perHub;

    RecipientKind(String file, boolean perAuthority, boolean perHub) {
        this.file = file;
        this.perAuthority = perAuthority;
        this.perHub = perHub;
    }

    public String file() {
        return "directory/" + file;
    }

    /** Keyed by the authority's ONS code, and every authority must have one. */
    public boolean perAuthority() {
        return perAuthority;
    }

    /**
     * Every partnership hub, and the {@link RecipientRules#PARTNERSHIP} stand-in, must have one: a case no authority
     * holds yet is still somebody's.
     */
    public boolean perHub() {
        return perHub;
    }
}
