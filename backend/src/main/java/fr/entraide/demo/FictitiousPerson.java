package fr.entraide.demo;

import fr.entraide.beneficiary.BeneficiaryDetails;
import fr.entraide.beneficiary.Vocabulary.Nationality;
import fr.entraide.beneficiary.Vocabulary.Sex;
import fr.entraide.beneficiary.dto.BeneficiaryInput;
import fr.entraide.beneficiary.dto.Parts;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * One invented person, ready to be stored as a row of the beneficiary file. Every field follows
 * the rules the service enforces on a typed record (DOMAIN.md §9 rules 1-9): a NIR whose key,
 * sex, year, month and birthplace agree with the identity, COG codes that exist, a postcode of the
 * residence commune.
 *
 * @param nir         the 15-character NIR, normalised (stored only encrypted)
 * @param communeCode the residence commune (INSEE code), also in {@code details.address}
 */
public record FictitiousPerson(
        UUID id,
        String birthName,
        String usageName,
        List<String> firstNames,
        Sex sex,
        LocalDate birthDate,
        String birthPlaceCode,
        String birthPlaceLabel,
        Nationality nationality,
        String nir,
        String phone,
        String email,
        String communeCode,
        Integer gir,
        LocalDate rgpdInformedOn,
        LocalDate lastContactOn,
        Instant createdAt,
        BeneficiaryDetails details) {

    public FictitiousPerson {
        firstNames = List.copyOf(firstNames);
    }

    /** First names as the table stores them: in civil-status order, separated by single spaces. */
    public String firstNamesText() {
        return String.join(" ", firstNames);
    }

    /** The same person as an agent would type it (POST /api/beneficiaries), notes and referent left empty. */
    public BeneficiaryInput toInput() {
        BeneficiaryDetails d = details;
        return new BeneficiaryInput(birthName, usageName, firstNames, sex, birthDate, new Parts.BirthPlace(birthPlaceCode, null),
                nationality, d.residencePermit(), nir, phone, email, d.preferredContact(), d.address(), d.familySituation(),
                d.household(), d.resources(), d.charges(), d.pensionFunds(), d.benefitFund(), d.gir(), d.protection(),
                d.medecinTraitant(), d.personneDeConfiance(), d.aidant(), d.obligesAlimentaires(), null, null, rgpdInformedOn,
                lastContactOn, null);
    }

    /** Born abroad: the birthplace is an INSEE country code 99xxx. */
    public boolean bornAbroad() {
        return birthPlaceCode.startsWith("99");
    }
}
