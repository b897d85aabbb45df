package fr.entraide.transmission;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Read access to the immutable dossier versions (the dossier capability's table) for what a
 * transmission needs: the latest version of a request, and the files of one version.
 */
@ApplicationScoped
public class DossierVersions {

    public record Version(UUID id, int number, boolean draft, String schemaVersion, String pdfSha256, String jsonSha256) {
    }

    @Inject
    EntityManager em;

    /** The request's latest version, draft or not. */
    public Optional<Version> latest(UUID requestId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select id, number, draft, schema_version, pdf_sha256, json_sha256 "
                + "from dossier_version where request_id = ?1 order by number desc limit 1")
                .setParameter(1, requestId).getResultList();
        return rows.stream().findFirst().map(DossierVersions::version);
    }

    public Version get(UUID versionId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select id, number, draft, schema_version, pdf_sha256, json_sha256 "
                + "from dossier_version where id = ?1").setParameter(1, versionId).getResultList();
        return version(rows.get(0));
    }

    public byte[] pdf(UUID versionId) {
        return (byte[]) em.createNativeQuery("select pdf from dossier_version where id = ?1").setParameter(1, versionId)
                .getSingleResult();
    }

    public byte[] json(UUID versionId) {
        return (byte[]) em.createNativeQuery("select json from dossier_version where id = ?1").setParameter(1, versionId)
                .getSingleResult();
    }

    private static Version version(Object[] r) {
        return new Version((UUID) r[0], ((Number) r[1]).intValue(), (Boolean) r[2], (String) r[3], (String) r[4], (String) r[5]);
    }
}
