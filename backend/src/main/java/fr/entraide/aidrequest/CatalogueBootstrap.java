package fr.entraide.aidrequest;

import fr.entraide.organisation.Bootstrap;
import fr.entraide.organisation.Organisation;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/** At start, gives every organisation that has none the default catalogue of aids. */
@ApplicationScoped
public class CatalogueBootstrap {

    @Inject
    DefaultCatalogue catalogue;

    @Transactional
    void onStart(@Observes @Priority(Bootstrap.STARTUP_PRIORITY + 20) StartupEvent event) {
        for (Organisation organisation : Organisation.<Organisation>listAll()) {
            catalogue.seed(organisation.id);
        }
    }
}
