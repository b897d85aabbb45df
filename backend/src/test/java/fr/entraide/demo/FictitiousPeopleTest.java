package fr.entraide.demo;

import static org.assertj.core.api.Assertions.assertThat;

import fr.entraide.beneficiary.BeneficiaryRules;
import fr.entraide.beneficiary.Vocabulary.Nationality;
import fr.entraide.beneficiary.Vocabulary.Sex;
import fr.entraide.beneficiary.dto.BeneficiaryInput;
import fr.entraide.beneficiary.dto.Parts;
import fr.entraide.beneficiary.nir.NirCheck;
import fr.entraide.beneficiary.nir.NirContext;
import fr.entraide.beneficiary.nir.NirResult;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.time.LocalDate;
import java.time.Month;
import java.time.Period;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The generator alone: no database, no Quarkus. */
class FictitiousPeopleTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 15);
    private static final List<String> OISANS = List.of("38052", "38005", "38527");
    private static final int COUNT = 20_000;

    private static List<FictitiousPerson> people;

    @BeforeAll
    static void generate() {
        people = new FictitiousPeople(42, TODAY, OISANS).take(COUNT);
    }

    @Test
    void everyNirPassesTheNirCheckWithoutErrorOrWarning() {
        for (FictitiousPerson p : people) {
            NirResult result = NirCheck.check(p.nir(), new NirContext(
                    p.sex() == Sex.MALE ? NirContext.Sex.MALE : NirContext.Sex.FEMALE, p.birthDate(), p.birthPlaceCode()));
            assertThat(result.errors()).as("errors of %s", p.nir()).isEmpty();
            assertThat(result.warnings()).as("warnings of %s", p.nir()).isEmpty();
            assertThat(result.normalised()).isEqualTo(p.nir());
        }
    }

    @Test
    void everyNirSaysTheSexTheBirthDateAndTheBirthplaceOfItsPerson() {
        for (FictitiousPerson p : people) {
            String nir = p.nir();
            assertThat(nir).hasSize(15);
            assertThat(nir.charAt(0)).isEqualTo(p.sex() == Sex.MALE ? '1' : '2');
            assertThat(nir.substring(1, 3)).isEqualTo(String.format("%02d", p.birthDate().getYear() % 100));
            String month = nir.substring(3, 5);
            if (month.equals("20")) {
                // Month unknown: only for births abroad, recorded on 31 December.
                assertThat(p.bornAbroad()).isTrue();
                assertThat(p.birthDate().getMonth()).isEqualTo(Month.DECEMBER);
                assertThat(p.birthDate().getDayOfMonth()).isEqualTo(31);
            } else {
                assertThat(month).isEqualTo(String.format("%02d", p.birthDate().getMonthValue()));
            }
            assertThat(nir.substring(5, 10)).isEqualTo(p.birthPlaceCode());
            int order = Integer.parseInt(nir.substring(10, 13));
            assertThat(order).isBetween(1, 999);
        }
        assertThat(people.stream().map(FictitiousPerson::nir).distinct().count()).isEqualTo(COUNT);
    }

    @Test
    void birthplacesAreRealCogCommunesOrInseeCountries() {
        CogPlaces places = CogPlaces.get();
        for (FictitiousPerson p : people) {
            if (p.bornAbroad()) {
                assertThat(places.countryName(p.birthPlaceCode())).as(p.birthPlaceCode()).contains(p.birthPlaceLabel());
            } else {
                CogPlaces.Commune commune = places.commune(p.birthPlaceCode()).orElseThrow();
                assertThat(p.birthPlaceLabel()).isEqualTo(commune.name() + " (" + commune.departement() + ")");
            }
        }
        Set<String> countries = people.stream().filter(FictitiousPerson::bornAbroad).map(FictitiousPerson::birthPlaceCode)
                .collect(Collectors.toSet());
        assertThat(countries).contains("99139", "99350", "99352", "99351", "99127", "99134");
        assertThat(people.stream().map(FictitiousPerson::birthPlaceCode)).anyMatch(c -> c.startsWith("2A") || c.startsWith("2B"));
    }

    @Test
    void aboutOneInTenIsBornAbroadAndMostAreElderly() {
        double abroad = people.stream().filter(FictitiousPerson::bornAbroad).count() / (double) COUNT;
        assertThat(abroad).isBetween(0.08, 0.12);
        long elderly = people.stream().filter(p -> age(p) >= 60 && age(p) <= 104).count();
        assertThat(elderly / (double) COUNT).isBetween(0.75, 0.85);
        assertThat(people).allSatisfy(p -> assertThat(age(p)).isBetween(18, 104));
        assertThat(people.stream().filter(p -> age(p) < 60)).isNotEmpty();
    }

    @Test
    void theSameSeedGivesTheSamePeopleAndAnotherSeedOthers() {
        List<FictitiousPerson> again = new FictitiousPeople(42, TODAY, OISANS).take(500);
        assertThat(again).isEqualTo(people.subList(0, 500));
        List<FictitiousPerson> other = new FictitiousPeople(43, TODAY, OISANS).take(500);
        assertThat(other.stream().map(FictitiousPerson::nir)).doesNotContainAnyElementsOf(
                people.subList(0, 500).stream().map(FictitiousPerson::nir).toList());
    }

    @Test
    void skippingGivesTheSamePeopleAsGenerating() {
        FictitiousPeople generator = new FictitiousPeople(42, TODAY, OISANS);
        generator.skip(300);
        assertThat(generator.take(10)).isEqualTo(people.subList(300, 310));
    }

    @Test
    void namesCarryAccentsHyphensAndApostrophes() {
        Set<String> birthNames = people.stream().map(FictitiousPerson::birthName).collect(Collectors.toSet());
        Set<String> firstNames = people.stream().flatMap(p -> p.firstNames().stream()).collect(Collectors.toSet());
        assertThat(birthNames).contains("Lefèvre", "Lefebvre", "Müller", "Guérin");
        assertThat(birthNames).anyMatch(n -> n.contains("-")).anyMatch(n -> n.contains("'"));
        assertThat(firstNames).contains("Hélène", "Jérôme", "Françoise").anyMatch(n -> n.contains("-"));
        long accented = people.stream().filter(p -> !isAscii(p.birthName() + p.firstNamesText())).count();
        assertThat(accented / (double) COUNT).isGreaterThan(0.2);
        assertThat(birthNames.size()).isGreaterThan(400);
    }

    @Test
    void homonymsOccurAsInARealFile() {
        Map<String, Long> byName = people.stream().collect(Collectors.groupingBy(
                p -> p.birthName() + " " + p.firstNames().get(0), Collectors.counting()));
        assertThat(byName.values().stream().filter(n -> n > 1).count()).isGreaterThan(100);
        assertThat(byName.values().stream().mapToLong(Long::longValue).max().orElseThrow()).isLessThan(COUNT / 100);
    }

    @Test
    void theSexOfAPersonCanBeToldFromItsFirstNames() {
        Map<String, Set<Sex>> sexes = new HashMap<>();
        for (FictitiousPerson p : people) {
            p.firstNames().forEach(name -> sexes.computeIfAbsent(name, n -> EnumSet.noneOf(Sex.class)).add(p.sex()));
        }
        assertThat(sexes).allSatisfy((name, set) -> assertThat(set).as(name).hasSize(1));
        double women = people.stream().filter(p -> p.sex() == Sex.FEMALE).count() / (double) COUNT;
        assertThat(women).isBetween(0.52, 0.62);
    }

    @Test
    void addressesAreInTheGivenCommunesWithOneOfTheirPostcodes() {
        CogPlaces places = CogPlaces.get();
        for (FictitiousPerson p : people) {
            Parts.Address address = p.details().address();
            assertThat(address.communeCode()).isEqualTo(p.communeCode()).isIn(OISANS);
            assertThat(places.commune(p.communeCode()).orElseThrow().postcodes()).contains(address.postcode());
        }
        assertThat(people.stream().map(FictitiousPerson::communeCode).collect(Collectors.toSet())).containsExactlyInAnyOrderElementsOf(OISANS);
    }

    @Test
    void everyPersonIsAValidRecordForTheServiceRules() {
        Validator validator = Validation.byDefaultProvider().configure()
                .messageInterpolator(new ParameterMessageInterpolator()).buildValidatorFactory().getValidator();
        for (FictitiousPerson p : people.subList(0, 5_000)) {
            BeneficiaryInput input = p.toInput();
            Set<ConstraintViolation<BeneficiaryInput>> violations = validator.validate(input);
            assertThat(violations).as("violations of %s", p.id()).isEmpty();
            BeneficiaryRules.Outcome outcome = BeneficiaryRules.check(input, TODAY);
            assertThat(outcome.errors()).isEmpty();
            if (p.nationality() == Nationality.OTHER) {
                assertThat(p.details().residencePermit()).isNotNull();
                assertThat(p.details().residencePermit().validUntil()).isAfter(TODAY);
            }
            assertThat(outcome.warnings()).isEmpty();
        }
    }

    @Test
    void situationsAreFilledForSomePersons() {
        assertThat(people.stream().filter(p -> p.gir() != null).count()).isGreaterThan(COUNT / 10);
        assertThat(people).allSatisfy(p -> {
            if (p.gir() != null) {
                assertThat(p.gir()).isBetween(1, 6);
                assertThat(p.details().gir().evaluatedOn()).isBeforeOrEqualTo(TODAY).isAfter(p.birthDate());
            }
            assertThat(p.lastContactOn()).isBeforeOrEqualTo(TODAY);
            assertThat(p.details().household()).allSatisfy(m -> assertThat(m.birthDate()).isBeforeOrEqualTo(TODAY));
        });
        assertThat(people.stream().filter(p -> !p.details().household().isEmpty()).count()).isGreaterThan(COUNT / 5);
        assertThat(people.stream().filter(p -> !p.details().resources().isEmpty()).count()).isEqualTo(COUNT);
        assertThat(people.stream().filter(p -> p.phone() != null).map(FictitiousPerson::phone))
                .allMatch(phone -> phone.matches("0[1-6] (99 00|61 91|53 01|65 71|36 49|39 98) [0-9]{2} [0-9]{2}"));
        Set<java.util.UUID> ids = new HashSet<>();
        people.forEach(p -> ids.add(p.id()));
        assertThat(ids).hasSize(COUNT);
    }

    private static int age(FictitiousPerson p) {
        return Period.between(p.birthDate(), TODAY).getYears();
    }

    private static boolean isAscii(String s) {
        return s.chars().allMatch(c -> c < 128);
    }
}
