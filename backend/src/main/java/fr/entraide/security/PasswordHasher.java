package fr.entraide.security;

import io.quarkus.elytron.security.common.BcryptUtil;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** bcrypt hashing of agent passwords and partner secrets. */
@ApplicationScoped
public class PasswordHasher {

    /** A hash of a random value, checked when the e-mail is unknown so both paths cost the same. */
    private static final String DUMMY_HASH = BcryptUtil.bcryptHash("entraide-timing-equaliser", 10);

    @ConfigProperty(name = "entraide.auth.bcrypt-cost", defaultValue = "12")
    int cost;

    public String hash(String secret) {
        return BcryptUtil.bcryptHash(secret, cost);
    }

    public boolean matches(String secret, String hash) {
        if (secret == null || hash == null) {
            BcryptUtil.matches("x", DUMMY_HASH);
            return false;
        }
        try {
            return BcryptUtil.matches(secret, hash);
        } catch (RuntimeException e) {
            return false;
        }
    }

    /** Spends the time of one verification without a real hash. */
    public void burn(String secret) {
        BcryptUtil.matches(secret == null ? "x" : secret, DUMMY_HASH);
    }
}
