package fr.entraide.beneficiary;

import fr.entraide.beneficiary.Vocabulary.Nationality;
import fr.entraide.beneficiary.dto.BeneficiaryInput;
import fr.entraide.beneficiary.dto.Parts;
import fr.entraide.beneficiary.nir.NirCheck;
import fr.entraide.beneficiary.nir.NirContext;
import fr.entraide.beneficiary.nir.NirIssue;
import fr.entraide.beneficiary.nir.NirResult;
import fr.entraide.common.Problem.FieldError;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The rules of a person's record that need no database (DOMAIN.md §9 rules 1–10): identity,
 * NIR, residence permit, GIR, protection measure. Errors block the save; warnings are returned
 * with a successful save.
 */
public final class BeneficiaryRules {

    public record Outcome(List<FieldError> errors, List<FieldError> warnings, NirResult nir) {
    }

    private BeneficiaryRules() {
    }

    public static Outcome check(BeneficiaryInput input, LocalDate today) {
        List<FieldError> errors = new ArrayList<>();
        List<FieldError> warnings = new ArrayList<>();
        if (input.birthDate() != null && input.birthDate().isBefore(LocalDate.of(1890, 1, 1))) {
            errors.add(new FieldError("birthDate", "Date de naissance invraisemblable (avant 1890)."));
        }
        NirResult nir = null;
        if (input.nir() != null && !input.nir().isBlank()) {
            nir = NirCheck.check(input.nir(), new NirContext(
                    input.sex() == null ? null : input.sex() == Vocabulary.Sex.MALE ? NirContext.Sex.MALE : NirContext.Sex.FEMALE,
                    input.birthDate(),
                    input.birthPlace() == null ? null : input.birthPlace().code()));
            for (NirIssue issue : nir.errors()) {
                errors.add(new FieldError("nir", issue.message()));
            }
            for (NirIssue issue : nir.warnings()) {
                warnings.add(new FieldError("nir", issue.message()));
            }
        }
        Parts.ResidencePermit permit = input.residencePermit();
        if (input.nationality() == Nationality.OTHER) {
            if (permit == null) {
                warnings.add(new FieldError("residencePermit",
                        "Titre de séjour non renseigné : il sera exigé pour toute demande d'aide sociale légale."));
            } else if (permit.validUntil() != null && permit.validUntil().isBefore(today)) {
                warnings.add(new FieldError("residencePermit.validUntil", "Le titre de séjour est expiré."));
            }
        }
        Parts.GirAssessment gir = input.gir();
        if (gir != null && gir.evaluatedOn() != null && input.birthDate() != null && gir.evaluatedOn().isBefore(input.birthDate())) {
            errors.add(new FieldError("gir.evaluatedOn", "L'évaluation du GIR ne peut pas précéder la naissance."));
        }
        Parts.ProtectionMeasure protection = input.protection();
        if (protection != null) {
            if (protection.startOn() != null && protection.endOn() != null && protection.endOn().isBefore(protection.startOn())) {
                errors.add(new FieldError("protection.endOn", "La fin de la mesure précède son début."));
            }
            boolean represented = switch (protection.type()) {
                case TUTELLE, HABILITATION_FAMILIALE, HABILITATION_CONJOINT, MANDAT_PROTECTION_FUTURE, CURATELLE_RENFORCEE -> true;
                default -> false;
            };
            if (represented && (protection.mandataireName() == null || protection.mandataireName().isBlank())) {
                errors.add(new FieldError("protection.mandataireName",
                        "Le nom du représentant (tuteur, curateur, personne habilitée) est obligatoire pour cette mesure."));
            }
        }
        List<Parts.ObligeAlimentaire> obliges = input.obligesAlimentaires() == null ? List.of() : input.obligesAlimentaires();
        for (int i = 0; i < obliges.size(); i++) {
            Parts.ObligeAlimentaire oblige = obliges.get(i);
            if (oblige.exempt() && (oblige.exemptionReason() == null || oblige.exemptionReason().isBlank())) {
                errors.add(new FieldError("obligesAlimentaires[" + i + "].exemptionReason",
                        "Indiquez le motif de la dispense."));
            }
        }
        return new Outcome(errors, warnings, nir);
    }
}
