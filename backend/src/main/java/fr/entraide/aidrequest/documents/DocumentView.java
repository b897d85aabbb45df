package fr.entraide.aidrequest.documents;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Document", description = "Une pièce justificative reçue")
public record DocumentView(UUID id, String pieceCode, String filename, String contentType, long sizeBytes,
        @Schema(description = "Empreinte SHA-256 du fichier, en hexadécimal") String sha256, UUID uploadedBy, Instant uploadedAt) {

    static DocumentView of(Document d) {
        return new DocumentView(d.id, d.pieceCode, d.filename, d.contentType, d.sizeBytes, d.sha256, d.uploadedBy, d.uploadedAt);
    }
}
