package fr.entraide.security.crypto;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Encryption at rest of the most sensitive fields (NIR, notes): AES-256-GCM with the record id
 * as associated data, so a ciphertext cannot be moved to another row. Equality search on the NIR
 * uses a keyed hash (HMAC-SHA256, "blind index") under a key derived from the same master key.
 * The master key comes from ENTRAIDE_DATA_KEY (base64, 32 bytes); without it, one is generated at
 * first start into the data directory and reused, like the JWT keys. It is never committed.
 */
@ApplicationScoped
public class FieldCipher {

    private static final Logger LOG = Logger.getLogger(FieldCipher.class);
    private static final byte FORMAT_V1 = 1;
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    @ConfigProperty(name = "entraide.data-key")
    Optional<String> configuredKey;

    @ConfigProperty(name = "entraide.data-dir")
    String dataDir;

    private SecretKeySpec encryptionKey;
    private SecretKeySpec indexKey;

    @PostConstruct
    void init() {
        byte[] master = configuredKey.filter(k -> !k.isBlank()).map(FieldCipher::decodeKey).orElseGet(this::keyFromDataDir);
        encryptionKey = new SecretKeySpec(derive(master, "entraide/field-encryption/v1"), "AES");
        indexKey = new SecretKeySpec(derive(master, "entraide/blind-index/v1"), "HmacSHA256");
    }

    public byte[] encrypt(String plaintext, String associatedData) {
        if (plaintext == null) {
            return null;
        }
        try {
            byte[] iv = new byte[IV_BYTES];
            RANDOM.nextBytes(iv);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, encryptionKey, new GCMParameterSpec(TAG_BITS, iv));
            cipher.updateAAD(associatedData.getBytes(StandardCharsets.UTF_8));
            byte[] sealed = cipher.doFinal(plaintext.getBytes(StandardCharsets.UTF_8));
            return ByteBuffer.allocate(1 + IV_BYTES + sealed.length).put(FORMAT_V1).put(iv).put(sealed).array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Encryption failed", e);
        }
    }

    public String decrypt(byte[] stored, String associatedData) {
        if (stored == null) {
            return null;
        }
        if (stored.length < 1 + IV_BYTES + TAG_BITS / 8 || stored[0] != FORMAT_V1) {
            throw new IllegalStateException("Unknown ciphertext format");
        }
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, encryptionKey, new GCMParameterSpec(TAG_BITS, stored, 1, IV_BYTES));
            cipher.updateAAD(associatedData.getBytes(StandardCharsets.UTF_8));
            byte[] plain = cipher.doFinal(stored, 1 + IV_BYTES, stored.length - 1 - IV_BYTES);
            return new String(plain, StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Decryption failed: wrong key or tampered data", e);
        }
    }

    /** A deterministic keyed hash, for finding equal values without storing them in clear. */
    public String blindIndex(String value) {
        if (value == null) {
            return null;
        }
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(indexKey);
            return HexFormat.of().formatHex(mac.doFinal(value.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] derive(byte[] master, String purpose) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(master, "HmacSHA256"));
            return mac.doFinal(purpose.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] decodeKey(String base64) {
        byte[] key = Base64.getDecoder().decode(base64.trim());
        if (key.length < 32) {
            throw new IllegalStateException("ENTRAIDE_DATA_KEY must be at least 32 bytes, base64-encoded (openssl rand -base64 32)");
        }
        return key;
    }

    private byte[] keyFromDataDir() {
        Path file = Path.of(dataDir, "keys", "data.key");
        try {
            if (Files.exists(file)) {
                return decodeKey(Files.readString(file));
            }
            Files.createDirectories(file.getParent());
            byte[] key = new byte[32];
            RANDOM.nextBytes(key);
            Path tmp = Files.createTempFile(file.getParent(), "data", ".tmp");
            try {
                Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException ignored) {
                // not a POSIX file system
            }
            Files.writeString(tmp, Base64.getEncoder().encodeToString(key) + "\n");
            Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE);
            LOG.warnf("Generated a data encryption key in %s. Back it up: encrypted fields cannot be read without it. "
                    + "In production, set ENTRAIDE_DATA_KEY instead.", file.toAbsolutePath());
            return key;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or write the data encryption key", e);
        }
    }
}
