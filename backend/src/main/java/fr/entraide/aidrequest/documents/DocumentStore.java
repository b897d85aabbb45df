package fr.entraide.aidrequest.documents;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;

/** Where the bytes of pièces justificatives are kept. One implementation per kind of storage. */
public interface DocumentStore {

    /** Stores a file already written to a temporary path, under a new key; atomic. */
    void put(String key, Path source) throws IOException;

    InputStream get(String key) throws IOException;

    void delete(String key) throws IOException;
}
