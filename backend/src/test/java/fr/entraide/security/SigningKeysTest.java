package fr.entraide.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SigningKeysTest {

    private static SigningKeys keysIn(Path dir, Optional<String> privateKey, Optional<String> publicKey) {
        SigningKeys keys = new SigningKeys();
        keys.dataDir = dir.toString();
        keys.privateKeyPath = privateKey;
        keys.publicKeyPath = publicKey;
        keys.load();
        return keys;
    }

    @Test
    void generatesAKeyPairAtFirstStartAndReusesItAfterwards(@TempDir Path dir) throws Exception {
        SigningKeys first = keysIn(dir, Optional.empty(), Optional.empty());
        SigningKeys second = keysIn(dir, Optional.empty(), Optional.empty());

        assertThat(Files.readString(dir.resolve("jwt/private.pem"))).startsWith("-----BEGIN PRIVATE KEY-----");
        assertThat(Files.getPosixFilePermissions(dir.resolve("jwt/private.pem")))
                .containsExactlyInAnyOrder(java.nio.file.attribute.PosixFilePermission.OWNER_READ,
                        java.nio.file.attribute.PosixFilePermission.OWNER_WRITE);
        assertThat(second.keyId()).isEqualTo(first.keyId());
        assertThat(second.publicKey()).isEqualTo(first.publicKey());
    }

    @Test
    void usesConfiguredKeysInsteadOfGeneratingThem(@TempDir Path generated, @TempDir Path other) {
        keysIn(generated, Optional.empty(), Optional.empty());
        SigningKeys configured = keysIn(other, Optional.of(generated.resolve("jwt/private.pem").toString()),
                Optional.of(generated.resolve("jwt/public.pem").toString()));

        assertThat(Files.exists(other.resolve("jwt"))).isFalse();
        assertThat(configured.keyId()).isEqualTo(keysIn(generated, Optional.empty(), Optional.empty()).keyId());
    }

    @Test
    void refusesHalfAConfiguration(@TempDir Path dir) {
        assertThatThrownBy(() -> keysIn(dir, Optional.of(dir.resolve("x.pem").toString()), Optional.empty()))
                .hasMessageContaining("ENTRAIDE_JWT_PUBLIC_KEY");
    }
}
