package fr.entraide.security;

import io.smallrye.jwt.algorithm.SignatureAlgorithm;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Produces;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Tells SmallRye JWT to verify tokens with our own key pair, whether configured or generated. */
public class JwtVerification {

    @Produces
    @Alternative
    @Priority(1)
    @ApplicationScoped
    JWTAuthContextInfo contextInfo(SigningKeys keys, @ConfigProperty(name = "entraide.jwt.issuer") String issuer) {
        JWTAuthContextInfo info = new JWTAuthContextInfo(keys.publicKey(), issuer);
        info.setSignatureAlgorithm(Set.of(SignatureAlgorithm.RS256));
        info.setGroupsPath("groups");
        info.setAlwaysCheckAuthorization(true);
        info.setClockSkew(30);
        return info;
    }
}
