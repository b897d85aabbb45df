package fr.entraide.beneficiary.dto;

import fr.entraide.beneficiary.Vocabulary.Sex;
import fr.entraide.beneficiary.Vocabulary.Status;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A line of the list or of a search result: enough to recognise a person, nothing sensitive. */
@Schema(name = "BeneficiarySummary")
public record BeneficiarySummary(
        UUID id,
        Status status,
        String birthName,
        String usageName,
        String firstNames,
        Sex sex,
        LocalDate birthDate,
        int age,
        String communeCode,
        String communeName,
        Integer gir,
        UUID referentAgentId,
        @Schema(description = "Pertinence de la recherche (0 à 1), quand il y a une recherche par nom") Double score) {
}
