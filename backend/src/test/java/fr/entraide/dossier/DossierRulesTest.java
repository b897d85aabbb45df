package fr.entraide.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import fr.entraide.dossier.DossierCheck.State;
import fr.entraide.dossier.DossierCheck.Target;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/** The completeness rules of DOMAIN.md §9 (rules 7–24), without a database. */
class DossierRulesTest {

    private static DossierCheck.Field field(DossierCheck check, String path) {
        return check.sections().stream().flatMap(s -> s.fields().stream()).filter(f -> f.field().equals(path)).findFirst()
                .orElseThrow(() -> new AssertionError("no field " + path + " in " + check));
    }

    @ParameterizedTest
    @EnumSource(DossierKind.class)
    void theFixtureIsCompleteForEveryKind(DossierKind kind) {
        DossierCheck check = DossierFixture.of(kind).check();
        assertThat(DossierRules.errors(check)).isEmpty();
        assertThat(check.complete()).isTrue();
    }

    /** One case per mandatory field: emptying it makes the dossier incomplete, named at that field and its fix target. */
    static Stream<Arguments> mandatoryFields() {
        List<Arguments> cases = new ArrayList<>();
        for (DossierKind kind : DossierKind.values()) {
            cases.add(mandatory(kind, "applicant.birthName", Target.BENEFICIARY, "birthName", f -> f.birthName = " "));
            cases.add(mandatory(kind, "applicant.firstNames", Target.BENEFICIARY, "firstNames", f -> f.firstNames = List.of()));
            cases.add(mandatory(kind, "applicant.sex", Target.BENEFICIARY, "sex", f -> f.sex = null));
            cases.add(mandatory(kind, "applicant.birthDate", Target.BENEFICIARY, "birthDate", f -> f.birthDate = null));
            cases.add(mandatory(kind, "applicant.birthPlaceCode", Target.BENEFICIARY, "birthPlace.code", f -> f.birthPlaceCode = null));
            cases.add(mandatory(kind, "applicant.nationality", Target.BENEFICIARY, "nationality", f -> f.nationality = null));
            cases.add(mandatory(kind, "applicant.nir", Target.BENEFICIARY, "nir", f -> f.nir = null));
            cases.add(mandatory(kind, "applicant.residencePermit", Target.BENEFICIARY, "residencePermit", f -> f.nationality = "OTHER"));
            cases.add(mandatory(kind, "applicant.familySituation", Target.BENEFICIARY, "familySituation", f -> f.familySituation = null));
            cases.add(mandatory(kind, "spouse", Target.BENEFICIARY, "household", f -> f.familySituation = "MARIE"));
            cases.add(mandatory(kind, "applicant.address.street", Target.BENEFICIARY, "address.street",
                    f -> f.address = new DossierDocument.Address(null, null, "38520", "38052", null, f.address.livingSituation())));
            cases.add(mandatory(kind, "applicant.address.postcode", Target.BENEFICIARY, "address.postcode",
                    f -> f.address = new DossierDocument.Address("1 rue", null, null, "38052", null, f.address.livingSituation())));
            cases.add(mandatory(kind, "applicant.address.communeCode", Target.BENEFICIARY, "address.communeCode",
                    f -> f.address = new DossierDocument.Address("1 rue", null, "38520", null, null, f.address.livingSituation())));
            cases.add(mandatory(kind, "applicant.address.livingSituation", Target.BENEFICIARY, "address.livingSituation",
                    f -> f.address = new DossierDocument.Address("1 rue", null, "38520", "38052", null, null)));
            cases.add(mandatory(kind, "resources.lines", Target.BENEFICIARY, "resources", f -> f.resources.clear()));
            cases.add(mandatory(kind, "protection.mandataireName", Target.BENEFICIARY, "protection.mandataireName",
                    f -> f.protection = new DossierDocument.Protection("TUTELLE", "Tutelle", null, null, null, null)));
            cases.add(mandatory(kind, "pieces.RIB", Target.PIECES, "RIB", f -> f.pieces.set(1,
                    new DossierDocument.Piece("RIB", "Relevé d'identité bancaire", true, false, null, 0))));
            if (kind.isApa()) {
                cases.add(mandatory(kind, "pensionFunds", Target.BENEFICIARY, "pensionFunds", f -> f.pensionFunds.clear()));
                cases.add(mandatory(kind, "autonomy.evaluatedOn", Target.BENEFICIARY, "gir.evaluatedOn",
                        f -> f.autonomy = new DossierDocument.Autonomy(2, null, "EMS", "DEPARTEMENT")));
                cases.add(mandatory(kind, "autonomy.assessor", Target.BENEFICIARY, "gir.assessor",
                        f -> f.autonomy = new DossierDocument.Autonomy(2, LocalDate.of(2025, 1, 2), null, "DEPARTEMENT")));
            }
            if (kind != DossierKind.APA_DOMICILE) {
                cases.add(mandatory(kind, "establishment.name", Target.REQUEST, "accommodation.establishment",
                        f -> f.establishment = new DossierDocument.Establishment(null, null, LocalDate.of(2025, 1, 6), true, false, null)));
                cases.add(mandatory(kind, "establishment.entryOn", Target.REQUEST, "accommodation.entryOn",
                        f -> f.establishment = new DossierDocument.Establishment("EHPAD", null, null, true, false, null)));
            }
            if (kind.isAsh()) {
                cases.add(mandatory(kind, "establishment.habilitated", Target.REQUEST, "accommodation.habilitated",
                        f -> f.establishment = new DossierDocument.Establishment("EHPAD", null, LocalDate.of(2025, 1, 6), null, false, null)));
                cases.add(mandatory(kind, "avis.avis", Target.REQUEST, "avis", f -> f.avis = new DossierDocument.Avis(null, null, null, null)));
                cases.add(mandatory(kind, "avis.motivation", Target.REQUEST, "avis",
                        f -> f.avis = new DossierDocument.Avis("FAVORABLE", null, null, null)));
            }
            if (kind == DossierKind.ASH_PA) {
                cases.add(mandatory(kind, "obligesAlimentaires", Target.BENEFICIARY, "obligesAlimentaires", f -> f.obliges.clear()));
                cases.add(mandatory(kind, "obligesAlimentaires.list[0].address", Target.BENEFICIARY, "obligesAlimentaires[0].address",
                        f -> f.obliges.set(0, new DossierDocument.Oblige("ENFANT", "FERREIRA", "Ana", null, null, null, false, null))));
                cases.add(mandatory(kind, "obligesAlimentaires.list[0].exemptionReason", Target.BENEFICIARY,
                        "obligesAlimentaires[0].exemptionReason",
                        f -> f.obliges.set(0, new DossierDocument.Oblige("ENFANT", "FERREIRA", "Ana", "1 rue", null, null, true, null))));
            }
        }
        return cases.stream();
    }

    private static Arguments mandatory(DossierKind kind, String field, Target target, String path, Consumer<DossierFixture> breakIt) {
        return Arguments.of(kind, field, target, path, breakIt);
    }

    @ParameterizedTest(name = "{0}: {1} is mandatory")
    @MethodSource("mandatoryFields")
    void aMissingMandatoryFieldIsNamedWithWhereToFixIt(DossierKind kind, String fieldPath, Target target, String path,
            Consumer<DossierFixture> breakIt) {
        DossierFixture fixture = DossierFixture.of(kind);
        breakIt.accept(fixture);
        DossierCheck check = fixture.check();
        DossierCheck.Field field = field(check, fieldPath);
        assertThat(field.state()).isEqualTo(State.MISSING);
        assertThat(field.target()).isEqualTo(target);
        assertThat(field.path()).isEqualTo(path);
        assertThat(field.message()).contains(field.label()).containsAnyOf("fiche de la personne", "la demande", "liste des pièces");
        assertThat(check.complete()).isFalse();
        assertThat(DossierRules.errors(check)).extracting(e -> e.field()).contains(fieldPath);
    }

    @Test
    void t1JeanneMartinIsAnEligibleHomeApaOnTheCerfa() {
        DossierFixture jeanne = DossierFixture.of(DossierKind.APA_DOMICILE);
        DossierCheck check = jeanne.check();
        assertThat(check.complete()).isTrue();
        assertThat(check.form()).isEqualTo("cerfa n° 16301*01");
        assertThat(field(check, "applicant.nir").state()).isEqualTo(State.FILLED);
        assertThat(check.sections().get(0).title()).isEqualTo("Partie 1 — Identité du demandeur");
    }

    @Test
    void t2AWrongNirKeyIsInvalid() {
        DossierFixture jeanne = DossierFixture.of(DossierKind.APA_DOMICILE);
        jeanne.nir = "2 41 03 76 540 123 32";
        DossierCheck.Field nir = field(jeanne.check(), "applicant.nir");
        assertThat(nir.state()).isEqualTo(State.INVALID);
        assertThat(nir.message()).contains("clé");
    }

    @Test
    void t3CorsicanResidentInAnEhpadUsesTheAnnexe23AndRightsOpenOnTheCompleteDate() {
        DossierFixture casanova = DossierFixture.of(DossierKind.APA_ETABLISSEMENT);
        casanova.sex = "MALE";
        casanova.birthDate = LocalDate.of(1950, 7, 2);
        casanova.birthPlaceCode = "2A004";
        casanova.nir = "1 50 07 2A 004 012 71";
        casanova.requestDate = LocalDate.of(2025, 1, 20);
        DossierCheck check = casanova.check();
        assertThat(field(check, "applicant.nir").state()).isEqualTo(State.FILLED);
        assertThat(check.form()).isEqualTo("CASF annexe 2-3");
        assertThat(check.complete()).isTrue();
        DossierDates.Dates dates = DossierDates.of(DossierKind.APA_ETABLISSEMENT, LocalDate.of(2025, 1, 20), LocalDate.of(2025, 1, 20),
                LocalDate.of(2025, 1, 20), LocalDate.of(2025, 1, 6), false);
        assertThat(dates.apaRightsFrom()).isEqualTo(LocalDate.of(2025, 1, 20));
    }

    @Test
    void t4BothCorsicanCodesAreValid() {
        DossierFixture santoni = DossierFixture.of(DossierKind.APA_DOMICILE);
        santoni.sex = "MALE";
        santoni.birthDate = LocalDate.of(1944, 11, 1);
        santoni.birthPlaceCode = "2B033";
        santoni.nir = "1 44 11 2B 033 101 79";
        assertThat(field(santoni.check(), "applicant.nir").state()).isEqualTo(State.FILLED);
        DossierFixture casanova = DossierFixture.of(DossierKind.APA_DOMICILE);
        casanova.sex = "MALE";
        casanova.birthDate = LocalDate.of(1950, 7, 2);
        casanova.birthPlaceCode = "2A004";
        casanova.nir = "1 50 07 20 004 012 44";
        assertThat(field(casanova.check(), "applicant.nir").state()).isEqualTo(State.FILLED);
    }

    @Test
    void t5FerreiraAshIsEffectiveOnEntryTransmittedWithinAMonthAndGrandchildrenAreRejected() {
        DossierFixture ferreira = DossierFixture.of(DossierKind.ASH_PA);
        ferreira.sex = "MALE";
        ferreira.birthDate = LocalDate.of(1948, 5, 9);
        ferreira.birthPlaceCode = "99139";
        ferreira.nationality = "EU";
        ferreira.nir = "1 48 05 99 139 045 05";
        ferreira.requestDate = LocalDate.of(2025, 3, 5);
        ferreira.obliges.clear();
        ferreira.obliges.add(new DossierDocument.Oblige("ENFANT", "FERREIRA", "Ana", "1 rue Haute, Grenoble", null, null, false, null));
        ferreira.obliges.add(new DossierDocument.Oblige("ENFANT", "FERREIRA", "Rui", "2 rue Basse, Vizille", null, null, false, null));
        ferreira.obliges.add(new DossierDocument.Oblige("GENDRE_BELLE_FILLE", "FERREIRA", "Maria", "2 rue Basse, Vizille", null, null,
                false, null));
        for (String name : List.of("Léa", "Tom", "Inès")) {
            ferreira.obliges.add(new DossierDocument.Oblige("PETIT_ENFANT", "FERREIRA", name, "Lyon", null, null, false, null));
        }
        DossierCheck check = ferreira.check();
        assertThat(field(check, "applicant.nir").state()).isEqualTo(State.FILLED);
        assertThat(field(check, "obligesAlimentaires.list[0].address").state()).isEqualTo(State.FILLED);
        assertThat(field(check, "obligesAlimentaires.list[2].address").state()).isEqualTo(State.FILLED);
        for (int i = 3; i < 6; i++) {
            DossierCheck.Field grandchild = field(check, "obligesAlimentaires.list[" + i + "].relationship");
            assertThat(grandchild.state()).isEqualTo(State.INVALID);
            assertThat(grandchild.message()).contains("petits-enfants", "2024");
        }
        assertThat(check.invalidCount()).isEqualTo(3);
        DossierDates.Dates dates = DossierDates.of(DossierKind.ASH_PA, LocalDate.of(2025, 3, 5), LocalDate.of(2025, 3, 5), null,
                LocalDate.of(2025, 1, 6), false);
        assertThat(dates.ashEffectiveOn()).isEqualTo(LocalDate.of(2025, 1, 6));
        assertThat(dates.transmissionDue()).isEqualTo(LocalDate.of(2025, 4, 5));
    }

    @Test
    void t6ALaterAshRequestTakesEffectOnTheNextFortnight() {
        DossierDates.Dates dates = DossierDates.of(DossierKind.ASH_PA, LocalDate.of(2025, 3, 20), LocalDate.of(2025, 3, 20), null,
                LocalDate.of(2025, 1, 6), false);
        assertThat(dates.ashEffectiveOn()).isEqualTo(LocalDate.of(2025, 4, 1));
    }

    @Test
    void t7UnknownBirthMonthIsNotChecked() {
        DossierFixture fatima = DossierFixture.of(DossierKind.APA_DOMICILE);
        fatima.birthDate = LocalDate.of(1938, 12, 31);
        fatima.birthPlaceCode = "99350";
        fatima.nationality = "OTHER";
        fatima.permit = new DossierDocument.ResidencePermit("CARTE_RESIDENT", "123", LocalDate.of(2030, 1, 1));
        fatima.nir = "2 38 20 99 350 007 19";
        DossierCheck check = fatima.check();
        assertThat(field(check, "applicant.nir").state()).isEqualTo(State.FILLED);
        assertThat(field(check, "applicant.residencePermit").state()).isEqualTo(State.FILLED);
        assertThat(check.complete()).isTrue();
    }

    @Test
    void aResidencePermitExpiredOnTheRequestDateIsInvalid() {
        DossierFixture fatima = DossierFixture.of(DossierKind.APA_DOMICILE);
        fatima.nationality = "OTHER";
        fatima.permit = new DossierDocument.ResidencePermit("CARTE_SEJOUR_TEMPORAIRE", "123", LocalDate.of(2025, 1, 31));
        DossierCheck.Field permit = field(fatima.check(), "applicant.residencePermit");
        assertThat(permit.state()).isEqualTo(State.INVALID);
        assertThat(permit.message()).contains("date de la demande");
    }

    @Test
    void t8KeyNinetySevenIsValid() {
        DossierFixture odile = DossierFixture.of(DossierKind.APA_DOMICILE);
        odile.birthDate = LocalDate.of(1947, 9, 1);
        odile.birthPlaceCode = "14118";
        odile.nir = "2 47 09 14 118 031 97";
        assertThat(field(odile.check(), "applicant.nir").state()).isEqualTo(State.FILLED);
    }

    @Test
    void t9ApaBefore60IsBlockedAndSuggestsTheMdph() {
        DossierFixture lucas = DossierFixture.of(DossierKind.APA_DOMICILE);
        lucas.birthDate = LocalDate.of(1967, 6, 1);
        lucas.requestDate = LocalDate.of(2025, 5, 1);
        lucas.nir = null;
        DossierCheck.Field age = field(lucas.check(), "applicant.age");
        assertThat(age.state()).isEqualTo(State.INVALID);
        assertThat(age.message()).contains("60 ans", "57 ans", "MDPH", "PCH");
        assertThat(age.path()).isEqualTo("birthDate");
    }

    @Test
    void elderlyAshNeeds65Or60WithUnfitnessForWork() {
        DossierFixture young = DossierFixture.of(DossierKind.ASH_PA);
        young.birthDate = LocalDate.of(1962, 1, 1);
        young.nir = null;
        assertThat(field(young.check(), "applicant.age").state()).isEqualTo(State.INVALID);
        young.resources.add(new DossierDocument.ResourceLine("PENSION_INVALIDITE", "Pension d'invalidité", 50_000, "BENEFICIAIRE", null));
        assertThat(field(young.check(), "applicant.age").state()).isEqualTo(State.FILLED);
    }

    @Test
    void t10DisabledPersonAshNeedsNoObligesList() {
        DossierFixture camille = DossierFixture.of(DossierKind.ASH_PH);
        camille.obliges.clear();
        DossierCheck check = camille.check();
        assertThat(check.complete()).isTrue();
        assertThat(check.sections()).extracting(DossierCheck.Section::code).doesNotContain("OBLIGES");
        assertThat(check.sections().stream().flatMap(s -> s.fields().stream())).noneMatch(f -> f.field().startsWith("obliges"));
    }

    @Test
    void t11ApaDeadlinesFromTheCompleteDossierDate() {
        DossierDates.Dates dates = DossierDates.of(DossierKind.APA_DOMICILE, LocalDate.of(2025, 2, 3), LocalDate.of(2025, 2, 3),
                LocalDate.of(2025, 2, 10), null, false);
        assertThat(dates.apaAcknowledgementDue()).isEqualTo(LocalDate.of(2025, 2, 20));
        assertThat(dates.apaPlanProposalDue()).isEqualTo(LocalDate.of(2025, 3, 12));
        assertThat(dates.apaDecisionDue()).isEqualTo(LocalDate.of(2025, 4, 10));
        assertThat(dates.apaRightsFrom()).isNull();
    }

    @Test
    void rule12AHomeApaForSomeoneLivingInAnEhpadPointsToTheAnnexe() {
        DossierFixture f = DossierFixture.of(DossierKind.APA_DOMICILE);
        f.address = new DossierDocument.Address("1 rue", null, "38520", "38052", null, "EHPAD");
        DossierCheck.Field living = field(f.check(), "applicant.address.livingSituation");
        assertThat(living.state()).isEqualTo(State.INVALID);
        assertThat(living.message()).contains("annexe 2-3");
    }

    @Test
    void rule8PostcodeMustMatchTheCommuneAndTheCommuneMustBeCurrent() {
        DossierFixture f = DossierFixture.of(DossierKind.APA_DOMICILE);
        f.postcodes = List.of("38000");
        assertThat(field(f.check(), "applicant.address.postcode").state()).isEqualTo(State.INVALID);
        f.postcodes = null;
        assertThat(field(f.check(), "applicant.address.communeCode").state()).isEqualTo(State.INVALID);
    }

    @Test
    void rule16TaxNoticeYear() {
        assertThat(DossierDates.taxNoticeIncomeYear(LocalDate.of(2025, 8, 31))).isEqualTo(2023);
        assertThat(DossierDates.taxNoticeIncomeYear(LocalDate.of(2025, 9, 1))).isEqualTo(2024);
    }

    @Test
    void rule19ANonHabilitatedEstablishmentNeedsFiveYearsOfPayingStay() {
        DossierFixture f = DossierFixture.of(DossierKind.ASH_PA);
        f.establishment = new DossierDocument.Establishment("Résidence privée", null, LocalDate.of(2022, 1, 1), false, false, null);
        assertThat(field(f.check(), "establishment.habilitated").state()).isEqualTo(State.INVALID);
        f.establishment = new DossierDocument.Establishment("Résidence privée", null, LocalDate.of(2019, 1, 1), false, false, null);
        assertThat(field(f.check(), "establishment.habilitated").state()).isEqualTo(State.FILLED);
    }

    @Test
    void rule21AnExplicitNoneDeclarationReplacesTheObligesList() {
        DossierFixture f = DossierFixture.of(DossierKind.ASH_PA);
        f.obliges.clear();
        f.noObliges = true;
        assertThat(field(f.check(), "obligesAlimentaires").state()).isEqualTo(State.FILLED);
    }

    @Test
    void grandchildrenWereStillAskedBeforeTheBienVieillirLaw() {
        DossierFixture f = DossierFixture.of(DossierKind.ASH_PA);
        f.requestDate = LocalDate.of(2024, 3, 1);
        f.obliges.add(new DossierDocument.Oblige("PETIT_ENFANT", "X", "Y", "Lyon", null, null, false, null));
        assertThat(field(f.check(), "obligesAlimentaires.list[1].address").state()).isEqualTo(State.FILLED);
    }

    @Test
    void theDepartementVariantMakesExtraFieldsMandatory() {
        DossierFixture f = DossierFixture.of(DossierKind.ASH_PA);
        f.variant = new DossierVariant("Département de l'Isère", List.of(DossierVariant.ExtraField.MEDECIN_TRAITANT,
                DossierVariant.ExtraField.ESTABLISHMENT_FINESS, DossierVariant.ExtraField.OBLIGE_PHONE_OR_EMAIL));
        f.establishment = new DossierDocument.Establishment("EHPAD", null, LocalDate.of(2025, 1, 6), true, false, null);
        DossierCheck check = f.check();
        assertThat(field(check, "medecinTraitant").state()).isEqualTo(State.MISSING);
        assertThat(field(check, "establishment.finess").state()).isEqualTo(State.MISSING);
        assertThat(field(check, "obligesAlimentaires.list[0].phone").state()).isEqualTo(State.MISSING);
        assertThat(DossierFixture.of(DossierKind.ASH_PA).check().sections().stream().flatMap(s -> s.fields().stream()))
                .noneMatch(x -> x.field().equals("medecinTraitant"));
    }
}
