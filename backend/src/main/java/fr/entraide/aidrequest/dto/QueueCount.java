package fr.entraide.aidrequest.dto;

import fr.entraide.aidrequest.AidRequestService;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "QueueCount", description = "Le nombre de demandes d'une file de travail, dans le périmètre de l'agent")
public record QueueCount(AidRequestService.Queue queue, long count) {
}
