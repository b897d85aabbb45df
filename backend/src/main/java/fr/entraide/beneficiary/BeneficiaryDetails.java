package fr.entraide.beneficiary;

import fr.entraide.beneficiary.Vocabulary.FamilySituation;
import fr.entraide.beneficiary.Vocabulary.PreferredContact;
import fr.entraide.beneficiary.dto.Parts;
import java.util.List;

/** The part of a record kept as one JSON document in beneficiary.details. */
public record BeneficiaryDetails(
        Parts.ResidencePermit residencePermit,
        PreferredContact preferredContact,
        Parts.Address address,
        FamilySituation familySituation,
        List<Parts.HouseholdMember> household,
        List<Parts.Resource> resources,
        List<Parts.Charge> charges,
        List<Parts.PensionFund> pensionFunds,
        Parts.BenefitFundMembership benefitFund,
        Parts.GirAssessment gir,
        Parts.ProtectionMeasure protection,
        Parts.ContactPerson medecinTraitant,
        Parts.ContactPerson personneDeConfiance,
        Parts.ContactPerson aidant,
        List<Parts.ObligeAlimentaire> obligesAlimentaires) {

    public BeneficiaryDetails {
        household = household == null ? List.of() : List.copyOf(household);
        resources = resources == null ? List.of() : List.copyOf(resources);
        charges = charges == null ? List.of() : List.copyOf(charges);
        pensionFunds = pensionFunds == null ? List.of() : List.copyOf(pensionFunds);
        obligesAlimentaires = obligesAlimentaires == null ? List.of() : List.copyOf(obligesAlimentaires);
    }
}
