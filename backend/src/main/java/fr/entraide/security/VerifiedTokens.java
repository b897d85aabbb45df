package fr.entraide.security;

import io.smallrye.jwt.auth.principal.DefaultJWTParser;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Inject;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.SecretKey;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The token parser of SmallRye JWT, remembering the tokens it has already verified until they
 * expire: an agent's SPA sends the same access token with every request for its whole lifetime,
 * and checking its RS256 signature again each time was a tenth of the CPU of a search.
 * <p>
 * A token is looked up by its exact text, signature included, so only a string that was verified
 * whole is ever accepted without a check; expiry is checked at every use. Whether the agent is
 * still enabled, and its roles, are checked against the database at every request all the same
 * ({@link CallerScope}), and partner clients likewise.
 */
@Alternative
@Priority(1)
@ApplicationScoped
public class VerifiedTokens implements JWTParser {

    /** Tokens remembered at most; past it the oldest are forgotten wholesale (they are re-verified). */
    static final int CAPACITY = 10_000;

    @Inject
    DefaultJWTParser parser;

    private final Map<String, JsonWebToken> verified = new ConcurrentHashMap<>();

    @Override
    public JsonWebToken parse(String token) throws ParseException {
        // Real time, as the parser checks it (not the application's clock, which tests may move).
        long now = System.currentTimeMillis() / 1000;
        JsonWebToken known = verified.get(token);
        if (known != null) {
            if (known.getExpirationTime() > now) {
                return known;
            }
            verified.remove(token);
        }
        JsonWebToken jwt = parser.parse(token);
        if (jwt.getExpirationTime() > now) {
            if (verified.size() >= CAPACITY) {
                verified.values().removeIf(t -> t.getExpirationTime() <= now);
                if (verified.size() >= CAPACITY) {
                    verified.clear();
                }
            }
            verified.put(token, jwt);
        }
        return jwt;
    }

    @Override
    public JsonWebToken parse(String token, JWTAuthContextInfo context) throws ParseException {
        return parser.parse(token, context);
    }

    @Override
    public JsonWebToken verify(String token, PublicKey key) throws ParseException {
        return parser.verify(token, key);
    }

    @Override
    public JsonWebToken verify(String token, SecretKey key) throws ParseException {
        return parser.verify(token, key);
    }

    @Override
    public JsonWebToken verify(String token, String secret) throws ParseException {
        return parser.verify(token, secret);
    }

    @Override
    public JsonWebToken decrypt(String token, PrivateKey key) throws ParseException {
        return parser.decrypt(token, key);
    }

    @Override
    public JsonWebToken decrypt(String token, SecretKey key) throws ParseException {
        return parser.decrypt(token, key);
    }

    @Override
    public JsonWebToken decrypt(String token, String secret) throws ParseException {
        return parser.decrypt(token, secret);
    }

    @Override
    public JsonWebToken parseOnly(String token) throws ParseException {
        return parser.parseOnly(token);
    }
}
