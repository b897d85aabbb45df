package fr.entraide.aidrequest.documents;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The default store: files under $ENTRAIDE_DATA_DIR/documents, written by atomic rename. */
@ApplicationScoped
public class FileSystemDocumentStore implements DocumentStore {

    @ConfigProperty(name = "entraide.data-dir")
    String dataDir;

    private Path resolve(String key) {
        if (!key.matches("[0-9a-f-]{36}/[0-9a-f-]{36}")) {
            throw new IllegalArgumentException("Invalid document key");
        }
        return Path.of(dataDir, "documents").resolve(key);
    }

    @Override
    public void put(String key, Path source) throws IOException {
        Path target = resolve(key);
        Files.createDirectories(target.getParent());
        Path tmp = Files.createTempFile(target.getParent(), ".upload", ".tmp");
        try {
            Files.copy(source, tmp, StandardCopyOption.REPLACE_EXISTING);
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    @Override
    public InputStream get(String key) throws IOException {
        return Files.newInputStream(resolve(key));
    }

    @Override
    public void delete(String key) throws IOException {
        Files.deleteIfExists(resolve(key));
    }
}
