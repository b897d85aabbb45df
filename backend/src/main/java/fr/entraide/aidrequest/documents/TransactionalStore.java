package fr.entraide.aidrequest.documents;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.jboss.logging.Logger;

/**
 * Stores bytes as part of the current transaction: if it rolls back, the bytes are removed, so a
 * failed upload or letter leaves nothing behind.
 */
@ApplicationScoped
public class TransactionalStore {

    private static final Logger LOG = Logger.getLogger(TransactionalStore.class);

    @Inject
    DocumentStore store;

    @Inject
    TransactionSynchronizationRegistry transactions;

    public void put(String key, Path source) {
        try {
            store.put(key, source);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot store " + key, e);
        }
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status != Status.STATUS_COMMITTED) {
                    try {
                        store.delete(key);
                    } catch (IOException e) {
                        LOG.warnf(e, "Could not remove the bytes of a rolled-back write (%s)", key);
                    }
                }
            }
        });
    }
}
