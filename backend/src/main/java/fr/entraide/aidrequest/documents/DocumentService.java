package fr.entraide.aidrequest.documents;

import fr.entraide.aidrequest.AidRequest;
import fr.entraide.aidrequest.AidRequestService;
import fr.entraide.audit.AuditLog;
import fr.entraide.common.ProblemException;
import fr.entraide.common.ProblemType;
import fr.entraide.security.AccessScope;
import fr.entraide.security.CallerScope;
import fr.entraide.security.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Upload and download of pièces justificatives. The type comes from the file's first bytes; the
 * size is limited; the bytes are stored first and removed again if the transaction fails, so
 * that nothing is ever half-stored.
 */
@ApplicationScoped
public class DocumentService {

    @ConfigProperty(name = "entraide.documents.max-bytes")
    long maxBytes;

    @Inject
    CallerScope caller;

    @Inject
    AidRequestService requests;

    @Inject
    DocumentStore store;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    @Inject
    TransactionalStore files;

    public record Download(DocumentView document, InputStream content) {
    }

    @Transactional
    public DocumentView upload(UUID requestId, String pieceCode, String filename, Path file) {
        caller.require(Role.ADMIN, Role.INSTRUCTEUR, Role.ACCUEIL);
        AccessScope scope = caller.access();
        AidRequest request = requests.find(requestId, scope);
        long size;
        byte[] head = new byte[16];
        int read;
        try {
            size = Files.size(file);
            try (InputStream in = Files.newInputStream(file)) {
                read = in.readNBytes(head, 0, head.length);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (size > maxBytes) {
            throw new ProblemException(ProblemType.PAYLOAD_TOO_LARGE, "Le fichier dépasse la taille maximale ("
                    + maxBytes / (1024 * 1024) + " Mo).");
        }
        if (size == 0) {
            throw ProblemException.invalidField("file", "Le fichier est vide.");
        }
        FileType type = FileType.detect(java.util.Arrays.copyOf(head, read)).orElseThrow(() -> new ProblemException(
                ProblemType.UNSUPPORTED_MEDIA_TYPE, "Seuls les fichiers PDF, JPEG et PNG sont acceptés (le type est lu dans le "
                        + "contenu du fichier, pas dans son nom)."));
        Document document = new Document();
        document.id = UUID.randomUUID();
        document.organisationId = request.organisationId;
        document.requestId = request.id;
        document.pieceCode = pieceCode;
        document.filename = sanitize(filename);
        document.contentType = type.mediaType();
        document.sizeBytes = size;
        document.sha256 = sha256(file);
        document.storageKey = request.organisationId + "/" + document.id;
        document.uploadedBy = caller.agentId();
        document.uploadedAt = clock.instant();
        // The checklist update validates the pièce code and the request's state before any byte is kept.
        requests.markPiece(request.id, pieceCode, true);
        files.put(document.storageKey, file);
        document.persist();
        audit.agent(request.organisationId, caller.agentId(), "DOCUMENT_UPLOADED", "document", document.id.toString(),
                Map.of("request", request.id.toString(), "piece", pieceCode, "type", type.name(), "bytes", size));
        return DocumentView.of(document);
    }

    public List<DocumentView> list(UUID requestId) {
        AidRequest request = requests.find(requestId, caller.access());
        return Document.<Document>list("requestId = ?1 order by uploadedAt", request.id).stream().map(DocumentView::of).toList();
    }

    @Transactional
    public Download download(UUID requestId, UUID documentId) {
        AidRequest request = requests.find(requestId, caller.access());
        Document document = Document.find("id = ?1 and requestId = ?2", documentId, request.id).firstResult();
        if (document == null) {
            throw ProblemException.notFound("Aucune pièce de cette demande n'a cet identifiant.");
        }
        audit.agent(request.organisationId, caller.agentId(), "DOCUMENT_DOWNLOADED", "document", document.id.toString(),
                Map.of("request", request.id.toString()));
        try {
            return new Download(DocumentView.of(document), store.get(document.storageKey));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String sanitize(String filename) {
        String name = filename == null || filename.isBlank() ? "piece" : Path.of(filename.replace('\\', '/')).getFileName().toString();
        name = name.replaceAll("[\\p{Cntrl}\"]", "_");
        return name.length() > 200 ? name.substring(name.length() - 200) : name;
    }

    private static String sha256(Path file) {
        try (DigestInputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(in.getMessageDigest().digest());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
