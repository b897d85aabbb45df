package fr.entraide.security;

/** Role names as constants, for {@code @RolesAllowed}. Partner roles never overlap staff roles. */
public final class Roles {
    public static final String ADMIN = "ADMIN";
    public static final String INSTRUCTEUR = "INSTRUCTEUR";
    public static final String ACCUEIL = "ACCUEIL";
    public static final String PRESIDENT = "PRESIDENT";

    public static final String DEPARTEMENT = "DEPARTEMENT";
    public static final String CAF = "CAF";
    public static final String MSA = "MSA";

    /** Claim holding the organisation id, on staff and partner tokens. */
    public static final String ORGANISATION_CLAIM = "org";
    /** Claim telling a staff token from a partner token. */
    public static final String TOKEN_USE_CLAIM = "token_use";
    public static final String STAFF_TOKEN = "staff";
    public static final String PARTNER_TOKEN = "partner";
    public static final String PARTNER_ID_CLAIM = "partner_id";
    public static final String DEPARTEMENT_CLAIM = "departement";

    private Roles() {
    }
}
