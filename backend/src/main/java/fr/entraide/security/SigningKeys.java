package fr.entraide.security;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * The RSA key pair that signs and verifies access tokens. Either given as PEM files
 * (ENTRAIDE_JWT_PRIVATE_KEY / ENTRAIDE_JWT_PUBLIC_KEY) or generated at first start into the
 * data directory and reused afterwards, so no key is ever committed.
 */
@ApplicationScoped
public class SigningKeys {

    private static final Logger LOG = Logger.getLogger(SigningKeys.class);

    @ConfigProperty(name = "entraide.data-dir")
    String dataDir;

    @ConfigProperty(name = "entraide.jwt.private-key")
    Optional<String> privateKeyPath;

    @ConfigProperty(name = "entraide.jwt.public-key")
    Optional<String> publicKeyPath;

    private PrivateKey privateKey;
    private PublicKey publicKey;
    private String keyId;

    @PostConstruct
    void load() {
        try {
            Path privatePem;
            Path publicPem;
            if (privateKeyPath.isPresent() || publicKeyPath.isPresent()) {
                privatePem = Path.of(privateKeyPath.orElseThrow(() -> new IllegalStateException(
                        "ENTRAIDE_JWT_PUBLIC_KEY is set but ENTRAIDE_JWT_PRIVATE_KEY is not")));
                publicPem = Path.of(publicKeyPath.orElseThrow(() -> new IllegalStateException(
                        "ENTRAIDE_JWT_PRIVATE_KEY is set but ENTRAIDE_JWT_PUBLIC_KEY is not")));
            } else {
                Path dir = Path.of(dataDir, "jwt");
                privatePem = dir.resolve("private.pem");
                publicPem = dir.resolve("public.pem");
                if (!Files.exists(privatePem) || !Files.exists(publicPem)) {
                    generate(dir, privatePem, publicPem);
                }
            }
            KeyFactory rsa = KeyFactory.getInstance("RSA");
            privateKey = rsa.generatePrivate(new PKCS8EncodedKeySpec(readPem(privatePem)));
            publicKey = rsa.generatePublic(new X509EncodedKeySpec(readPem(publicPem)));
            byte[] thumbprint = MessageDigest.getInstance("SHA-256").digest(publicKey.getEncoded());
            keyId = Base64.getUrlEncoder().withoutPadding().encodeToString(thumbprint).substring(0, 16);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or write the JWT signing keys", e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Invalid JWT signing keys (expected PKCS#8 / X.509 PEM RSA keys)", e);
        }
    }

    private static void generate(Path dir, Path privatePem, Path publicPem) throws IOException, GeneralSecurityException {
        Files.createDirectories(dir);
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(3072);
        KeyPair pair = generator.generateKeyPair();
        Path tmp = Files.createTempFile(dir, "private", ".tmp");
        try {
            Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException ignored) {
            // not a POSIX file system: rely on the directory's permissions
        }
        Files.writeString(tmp, pem("PRIVATE KEY", pair.getPrivate().getEncoded()));
        Files.writeString(publicPem, pem("PUBLIC KEY", pair.getPublic().getEncoded()));
        Files.move(tmp, privatePem, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        LOG.infof("Generated a new JWT signing key pair in %s", dir.toAbsolutePath());
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der)
                + "\n-----END " + type + "-----\n";
    }

    private static byte[] readPem(Path file) throws IOException {
        String body = Files.readString(file, StandardCharsets.US_ASCII)
                .replaceAll("-----(BEGIN|END) [A-Z ]+-----", "")
                .replaceAll("\\s", "");
        return Base64.getDecoder().decode(body);
    }

    public PrivateKey privateKey() {
        return privateKey;
    }

    public PublicKey publicKey() {
        return publicKey;
    }

    public String keyId() {
        return keyId;
    }
}
