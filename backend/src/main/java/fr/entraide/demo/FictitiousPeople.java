package fr.entraide.demo;

import fr.entraide.beneficiary.BeneficiaryDetails;
import fr.entraide.beneficiary.Vocabulary.BenefitFund;
import fr.entraide.beneficiary.Vocabulary.ChargeType;
import fr.entraide.beneficiary.Vocabulary.FamilySituation;
import fr.entraide.beneficiary.Vocabulary.HouseholdRelationship;
import fr.entraide.beneficiary.Vocabulary.LivingSituation;
import fr.entraide.beneficiary.Vocabulary.Nationality;
import fr.entraide.beneficiary.Vocabulary.PensionFundKind;
import fr.entraide.beneficiary.Vocabulary.PreferredContact;
import fr.entraide.beneficiary.Vocabulary.ProtectionType;
import fr.entraide.beneficiary.Vocabulary.ResidencePermitType;
import fr.entraide.beneficiary.Vocabulary.ResourceOwner;
import fr.entraide.beneficiary.Vocabulary.ResourceType;
import fr.entraide.beneficiary.Vocabulary.Sex;
import fr.entraide.beneficiary.dto.Parts;
import fr.entraide.beneficiary.nir.Nir;
import fr.entraide.demo.NamePools.Origin;
import java.text.Normalizer;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Month;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.function.ToDoubleFunction;

/**
 * Invents persons of a CCAS/CIAS file, deterministically from a seed: the same seed, reference date
 * and communes give the same persons in the same order. Pure: the places come from the packaged
 * COG files ({@link CogPlaces}), nothing from a database.
 *
 * <p>What the file of a social-action office looks like: mostly elderly people (four in five are
 * 60 to 100 years old), more women than men among them, one in ten born abroad (Portugal, the
 * Maghreb, Italy, Spain…), some with a GIR, a spouse, a few resources and charges. Each has a NIR
 * that passes {@link fr.entraide.beneficiary.nir.NirCheck} without an error or a warning: sex
 * digit, year, month (or 20 when the month of a birth abroad is unknown and the registry recorded
 * 31 December), birthplace (COG commune, or 99 + INSEE country code), an order number, the key.
 * NIRs are unique within one generator. Phone numbers are in the blocks kept for fiction (see the
 * phone method), e-mail addresses at example.org.
 */
public final class FictitiousPeople implements Iterator<FictitiousPerson> {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    private record Country(String code, Origin origin, boolean european, double weight) {
    }

    private static final List<Country> COUNTRIES = List.of(
            new Country("99352", Origin.MAGHREBI, false, 20), // Algérie
            new Country("99139", Origin.PORTUGUESE, true, 20), // Portugal
            new Country("99350", Origin.MAGHREBI, false, 17), // Maroc
            new Country("99127", Origin.ITALIAN, true, 9), // Italie
            new Country("99134", Origin.SPANISH, true, 8), // Espagne
            new Country("99351", Origin.MAGHREBI, false, 7), // Tunisie
            new Country("99208", Origin.TURKISH, false, 3), // Turquie
            new Country("99341", Origin.WEST_AFRICAN, false, 3), // Sénégal
            new Country("99335", Origin.WEST_AFRICAN, false, 2), // Mali
            new Country("99326", Origin.WEST_AFRICAN, false, 2), // Côte d'Ivoire
            new Country("99243", Origin.VIETNAMESE, false, 2), // Vietnam
            new Country("99122", Origin.POLISH, true, 2), // Pologne
            new Country("99109", Origin.FRENCH, true, 2), // Allemagne (often French families)
            new Country("99131", Origin.FRENCH, true, 1), // Belgique
            new Country("99140", Origin.FRENCH, true, 1), // Suisse (EU/EEA/Swiss category)
            new Country("99252", Origin.ARMENIAN, false, 1)); // Arménie

    /** Origins of family names of people born in France (children and grandchildren of immigrants). */
    private static final Map<Origin, Double> BORN_IN_FRANCE_ORIGINS = Map.of(
            Origin.FRENCH, 88.0, Origin.ITALIAN, 3.0, Origin.MAGHREBI, 3.0, Origin.SPANISH, 2.5, Origin.PORTUGUESE, 2.0,
            Origin.POLISH, 0.7, Origin.ARMENIAN, 0.5, Origin.WEST_AFRICAN, 0.3);

    private static final Set<String> MAGHREB = Set.of("99350", "99351", "99352");

    private static final List<String> STREETS = List.of(
            "rue de la République", "rue Victor-Hugo", "rue Pasteur", "avenue Jean-Jaurès", "rue du Général-de-Gaulle",
            "place de l'Église", "rue de la Gare", "grande rue", "rue du Moulin", "chemin des Vignes", "impasse des Lilas",
            "allée des Tilleuls", "chemin du Lavoir", "montée de l'Église", "rue des Écoles", "place de la Mairie",
            "route de la Croix", "rue Émile-Zola", "avenue de la Libération", "rue du Stade", "rue des Prés",
            "chemin de la Fontaine", "rue Jules-Ferry", "boulevard Gambetta", "rue Anatole-France", "rue du Château",
            "rue de l'Égalité", "quai de l'Isère", "rue des Alpes", "chemin des Écureuils", "rue Hélène-Boucher",
            "rue Marie-Curie", "avenue Aristide-Briand", "rue du 8-Mai-1945", "rue Lamartine", "hameau des Granges",
            "rue Pierre-et-Marie-Curie", "cours Berriat", "rue Saint-Laurent", "rue de Bonne");

    private static final List<String> COMPLEMENTS = List.of(
            "Résidence Les Érables, bât. B", "Appartement 12", "2e étage gauche", "Résidence Le Clos fleuri",
            "Foyer-logement Les Ancolies", "Chez M. et Mme Durand", "Bâtiment C, appt 34", "Rez-de-chaussée");

    private final SplittableRandom random;
    private final LocalDate today;
    private final List<CogPlaces.Commune> residences;
    private final Weighted<CogPlaces.Commune> residencePicker;
    private final Weighted<CogPlaces.Commune> birthplacePicker;
    private final Map<String, Weighted<CogPlaces.Commune>> birthplacesByDepartement = new HashMap<>();
    private final Weighted<Country> countryPicker = new Weighted<>(COUNTRIES, Country::weight);
    private final Weighted<Origin> bornInFranceOrigin;
    private final Map<List<String>, Weighted<String>> zipf = new HashMap<>();
    private final LongSet nirBodies = new LongSet();

    /**
     * @param seed            the seed: the same seed gives the same persons
     * @param today           the reference date: ages, assessments and contacts are computed from it
     * @param residenceCodes  INSEE codes of the communes people live in (the organisation's communes);
     *                        each must be a current commune of the packaged COG with a postcode
     */
    public FictitiousPeople(long seed, LocalDate today, List<String> residenceCodes) {
        if (residenceCodes.isEmpty()) {
            throw new IllegalArgumentException("At least one residence commune is needed");
        }
        CogPlaces places = CogPlaces.get();
        this.random = new SplittableRandom(seed);
        this.today = today;
        this.residences = residenceCodes.stream()
                .map(code -> places.commune(code).filter(c -> !c.postcodes().isEmpty())
                        .orElseThrow(() -> new IllegalArgumentException("Not a current commune with a postcode: " + code)))
                .toList();
        this.residencePicker = new Weighted<>(residences, c -> Math.max(c.population(), 50));
        this.birthplacePicker = new Weighted<>(places.birthplaces(), c -> Math.max(c.population(), 20));
        this.bornInFranceOrigin = new Weighted<>(List.copyOf(BORN_IN_FRANCE_ORIGINS.keySet()).stream()
                .sorted().toList(), BORN_IN_FRANCE_ORIGINS::get);
    }

    @Override
    public boolean hasNext() {
        return true;
    }

    @Override
    public FictitiousPerson next() {
        return person();
    }

    /** The next {@code count} persons. */
    public List<FictitiousPerson> take(int count) {
        List<FictitiousPerson> persons = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            persons.add(person());
        }
        return persons;
    }

    /** Skips persons, e.g. those a previous run already stored, so the next ones follow them. */
    public void skip(long count) {
        for (long i = 0; i < count; i++) {
            person();
        }
    }

    // ------------------------------------------------------------------------------------- person

    private FictitiousPerson person() {
        UUID id = new UUID((random.nextLong() & ~0xF000L) | 0x4000L,
                (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L);
        boolean elderly = chance(0.80);
        int age = elderly ? (chance(0.01) ? 100 + random.nextInt(5) : 60 + (int) ((random.nextDouble() + random.nextDouble()) * 20))
                : 18 + random.nextInt(42);
        boolean male = chance(elderly ? 0.40 : 0.50);
        Sex sex = male ? Sex.MALE : Sex.FEMALE;
        LocalDate birthDate = today.minusYears(age).minusDays(random.nextInt(365));

        CogPlaces.Commune residence = residencePicker.pick(random);
        Country country = chance(0.10) ? countryPicker.pick(random) : null;
        Origin origin = country != null ? country.origin() : bornInFranceOrigin.pick(random);
        boolean unknownMonth = country != null && MAGHREB.contains(country.code()) && birthDate.getYear() < 1960 && chance(0.25);
        if (unknownMonth) {
            // The registry records 31 December when only the year is known (DOMAIN.md §2.1).
            birthDate = LocalDate.of(birthDate.getYear(), Month.DECEMBER, 31);
        }
        String birthPlaceCode;
        String birthPlaceLabel;
        if (country != null) {
            birthPlaceCode = country.code();
            birthPlaceLabel = CogPlaces.get().countryName(country.code()).orElseThrow();
        } else {
            CogPlaces.Commune birthplace = chance(0.35) ? birthplacesIn(residence.departement()).pick(random)
                    : birthplacePicker.pick(random);
            birthPlaceCode = birthplace.code();
            birthPlaceLabel = birthplace.birthPlaceLabel();
        }
        Nationality nationality = nationality(country);

        String birthName = surname(origin);
        List<String> firstNames = firstNames(origin, male, birthDate.getYear(), country == null && origin != Origin.FRENCH);
        FamilySituation family = familySituation(elderly, male);
        boolean coupleOrWas = family == FamilySituation.MARIE || family == FamilySituation.VEUF
                || family == FamilySituation.DIVORCE || family == FamilySituation.SEPARE;
        String usageName = null;
        if (!male && coupleOrWas && chance(elderly ? 0.75 : 0.5)) {
            usageName = otherSurname(chance(0.85) ? origin : Origin.FRENCH, birthName);
        }
        String nir = nir(male, birthDate, unknownMonth, birthPlaceCode);

        LivingSituation living = livingSituation(elderly, age);
        Parts.Address address = new Parts.Address(street(), chance(0.15) ? pick(COMPLEMENTS) : null,
                pick(residence.postcodes()), residence.code(), false, living);
        String phone = chance(0.85) ? phone(residence.departement(), elderly && chance(0.6)) : null;
        String email = chance(elderly ? 0.08 : 0.5) ? email(firstNames.get(0), usageName != null ? usageName : birthName) : null;

        List<Parts.HouseholdMember> household = household(male, elderly, family, birthName, usageName, origin, birthDate, living);
        List<Parts.Resource> resources = resources(elderly, family, living, household);
        List<Parts.Charge> charges = charges(elderly, living);
        List<Parts.PensionFund> pensionFunds = elderly ? pensionFunds() : List.of();
        Parts.BenefitFundMembership benefitFund = benefitFund(resources);
        Parts.GirAssessment gir = gir(elderly, age, living, birthDate);
        Parts.ProtectionMeasure protection = elderly && chance(0.05) ? protection() : null;
        Parts.ContactPerson doctor = elderly && chance(0.5)
                ? new Parts.ContactPerson("Dr " + surname(Origin.FRENCH), "médecin traitant", phone(residence.departement(), true), null, null)
                : null;
        Parts.ContactPerson aidant = elderly && chance(0.3) ? aidant(birthName, residence.departement()) : null;
        Parts.ContactPerson trusted = elderly && chance(0.1) ? aidant(birthName, residence.departement()) : null;
        Parts.ResidencePermit permit = nationality == Nationality.OTHER ? residencePermit() : null;
        PreferredContact preferred = email != null && chance(0.5) ? PreferredContact.EMAIL
                : phone != null && chance(0.8) ? PreferredContact.TELEPHONE
                : chance(0.6) ? PreferredContact.COURRIER : PreferredContact.VISITE;
        BeneficiaryDetails details = new BeneficiaryDetails(permit, preferred, address, family, household, resources, charges,
                pensionFunds, benefitFund, gir, protection, doctor, trusted, aidant, List.of());

        LocalDate lastContact = today.minusDays(random.nextInt(700));
        LocalDate created = lastContact.minusDays(random.nextInt(1500));
        Instant createdAt = created.atTime(LocalTime.of(8, 30).plusMinutes(random.nextInt(540))).atZone(PARIS).toInstant();
        LocalDate rgpdInformed = chance(0.9) ? created : null;
        return new FictitiousPerson(id, birthName, usageName, firstNames, sex, birthDate, birthPlaceCode, birthPlaceLabel,
                nationality, nir, phone, email, residence.code(), gir == null ? null : gir.level(), rgpdInformed, lastContact,
                createdAt, details);
    }

    // ------------------------------------------------------------------------------------- identity

    private Nationality nationality(Country country) {
        if (country == null) {
            return Nationality.FRENCH;
        }
        if (country.origin() == Origin.FRENCH) {
            return Nationality.FRENCH;
        }
        if (country.european()) {
            return chance(0.55) ? Nationality.EU : Nationality.FRENCH;
        }
        return chance(0.5) ? Nationality.OTHER : Nationality.FRENCH;
    }

    private String surname(Origin origin) {
        String name = zipf(origin.surnames).pick(random);
        if (origin == Origin.FRENCH && chance(0.02)) {
            // Double-barrelled names: Lefèvre-Martin, Müller-Dupont…
            String second = zipf(origin.surnames).pick(random);
            if (!second.equals(name) && !name.contains("-") && !second.contains("-")) {
                return name + "-" + second;
            }
        }
        return name;
    }

    private String otherSurname(Origin origin, String not) {
        for (int i = 0; i < 5; i++) {
            String name = surname(origin);
            if (!name.equals(not)) {
                return name;
            }
        }
        return surname(Origin.FRENCH).equals(not) ? "Martin" : surname(Origin.FRENCH);
    }

    private List<String> firstNames(Origin origin, boolean male, int birthYear, boolean bornInFranceToImmigrants) {
        Origin pool = bornInFranceToImmigrants && chance(0.6) ? Origin.FRENCH : origin;
        List<String> names = pool.firstNames(male, birthYear);
        double r = random.nextDouble();
        int count = birthYear < 1960 ? (r < 0.30 ? 1 : r < 0.75 ? 2 : 3) : (r < 0.40 ? 1 : r < 0.85 ? 2 : 3);
        List<String> chosen = new ArrayList<>(count);
        for (int attempt = 0; chosen.size() < count && attempt < 10; attempt++) {
            String name = zipf(names).pick(random);
            if (!chosen.contains(name)) {
                chosen.add(name);
            }
        }
        return chosen;
    }

    private FamilySituation familySituation(boolean elderly, boolean male) {
        double r = random.nextDouble();
        if (elderly && !male) {
            return r < 0.45 ? FamilySituation.VEUF : r < 0.75 ? FamilySituation.MARIE : r < 0.85 ? FamilySituation.DIVORCE
                    : r < 0.95 ? FamilySituation.CELIBATAIRE : r < 0.97 ? FamilySituation.SEPARE
                    : r < 0.99 ? FamilySituation.CONCUBIN : FamilySituation.PACSE;
        }
        if (elderly) {
            return r < 0.55 ? FamilySituation.MARIE : r < 0.73 ? FamilySituation.VEUF : r < 0.85 ? FamilySituation.DIVORCE
                    : r < 0.95 ? FamilySituation.CELIBATAIRE : r < 0.97 ? FamilySituation.SEPARE
                    : r < 0.99 ? FamilySituation.CONCUBIN : FamilySituation.PACSE;
        }
        return r < 0.40 ? FamilySituation.CELIBATAIRE : r < 0.65 ? FamilySituation.MARIE : r < 0.77 ? FamilySituation.DIVORCE
                : r < 0.87 ? FamilySituation.CONCUBIN : r < 0.95 ? FamilySituation.PACSE : FamilySituation.SEPARE;
    }

    /**
     * S AA MM DD CCC OOO KK: positions 6-10 are the COG code of the birthplace (2A/2B for Corsica,
     * 97x for overseas départements) or 99 + the INSEE country code. The order number is drawn again
     * until the 13 characters are new.
     */
    private String nir(boolean male, LocalDate birthDate, boolean unknownMonth, String birthPlaceCode) {
        String prefix = (male ? "1" : "2") + String.format("%02d", birthDate.getYear() % 100)
                + (unknownMonth ? "20" : String.format("%02d", birthDate.getMonthValue())) + birthPlaceCode;
        for (int attempt = 0; attempt < 10_000; attempt++) {
            String body = prefix + String.format("%03d", 1 + random.nextInt(999));
            if (nirBodies.add(bodyKey(body))) {
                return body + String.format("%02d", Nir.key(body));
            }
        }
        throw new IllegalStateException("No free NIR order number for " + prefix.substring(0, 5));
    }

    /** The 13 characters as a number, Corsica kept apart from the départements 19 and 18. */
    private static long bodyKey(String body) {
        String departement = body.substring(5, 7);
        int corsica = departement.equals("2A") ? 1 : departement.equals("2B") ? 2 : 0;
        String digits = corsica == 0 ? body : body.substring(0, 5) + "20" + body.substring(7);
        return Long.parseLong(digits) * 4 + corsica;
    }

    // ------------------------------------------------------------------------------------- residence

    private LivingSituation livingSituation(boolean elderly, int age) {
        double r = random.nextDouble();
        if (elderly) {
            double ehpad = age >= 85 ? 0.18 : 0.04;
            if (r < ehpad) {
                return LivingSituation.EHPAD;
            }
            r = random.nextDouble();
            return r < 0.55 ? LivingSituation.PROPRIETAIRE : r < 0.75 ? LivingSituation.LOCATAIRE_SOCIAL
                    : r < 0.87 ? LivingSituation.LOCATAIRE_PRIVE : r < 0.93 ? LivingSituation.RESIDENCE_AUTONOMIE
                    : r < 0.97 ? LivingSituation.HEBERGE_FAMILLE : r < 0.98 ? LivingSituation.USLD
                    : r < 0.99 ? LivingSituation.ACCUEIL_FAMILIAL : LivingSituation.AUTRE;
        }
        return r < 0.20 ? LivingSituation.PROPRIETAIRE : r < 0.50 ? LivingSituation.LOCATAIRE_SOCIAL
                : r < 0.75 ? LivingSituation.LOCATAIRE_PRIVE : r < 0.85 ? LivingSituation.HEBERGE_FAMILLE
                : r < 0.92 ? LivingSituation.HEBERGE_TIERS : r < 0.95 ? LivingSituation.FOYER
                : r < 0.98 ? LivingSituation.SANS_DOMICILE : LivingSituation.AUTRE;
    }

    private String street() {
        int number = 1 + random.nextInt(chance(0.7) ? 40 : 150);
        return number + (chance(0.05) ? " bis " : " ") + pick(STREETS);
    }

    /**
     * Numbers in the blocks that, to our knowledge, the French telecom regulator (Arcep) sets aside
     * for works of fiction, one per geographic zone and one mobile block, so that no generated
     * number rings anybody. The list comes from memory, not from the current numbering plan: check
     * it before relying on it.
     */
    private String phone(String departement, boolean landline) {
        String block = landline ? switch (zone(departement)) {
            case 1 -> "01 99 00";
            case 2 -> "02 61 91";
            case 3 -> "03 53 01";
            case 5 -> "05 36 49";
            case 4 -> "04 65 71";
            default -> "06 39 98";
        } : "06 39 98";
        return String.format("%s %02d %02d", block, random.nextInt(100), random.nextInt(100));
    }

    private static int zone(String departement) {
        return switch (departement) {
            case "75", "77", "78", "91", "92", "93", "94", "95" -> 1;
            case "14", "18", "22", "27", "28", "29", "35", "36", "37", "41", "44", "45", "49", "50", "53", "56", "61",
                 "72", "76", "85" -> 2;
            case "02", "08", "10", "21", "25", "39", "51", "52", "54", "55", "57", "58", "59", "60", "62", "67", "68",
                 "70", "71", "80", "88", "89", "90" -> 3;
            case "09", "12", "16", "17", "19", "23", "24", "31", "32", "33", "40", "46", "47", "64", "65", "79", "81",
                 "82", "86", "87" -> 5;
            case "971", "972", "973", "974", "976" -> 6;
            default -> 4;
        };
    }

    private String email(String firstName, String lastName) {
        String local = ascii(firstName) + "." + ascii(lastName);
        return local + (chance(0.5) ? String.valueOf(random.nextInt(100)) : "") + "@example.org";
    }

    static String ascii(String name) {
        String plain = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return plain.toLowerCase(Locale.ROOT).replace("œ", "oe").replace("ł", "l").replaceAll("[^a-z0-9-]", "");
    }

    // ------------------------------------------------------------------------------------- situation

    private List<Parts.HouseholdMember> household(boolean male, boolean elderly, FamilySituation family, String birthName,
            String usageName, Origin origin, LocalDate birthDate, LivingSituation living) {
        List<Parts.HouseholdMember> members = new ArrayList<>();
        boolean couple = family == FamilySituation.MARIE || family == FamilySituation.PACSE || family == FamilySituation.CONCUBIN;
        if (couple && living != LivingSituation.EHPAD) {
            String spouseName = male ? birthName : usageName != null ? usageName : surname(origin);
            LocalDate spouseBirth = birthDate.plusDays(random.nextInt(6 * 365) - 3 * 365L);
            if (spouseBirth.isAfter(today.minusYears(18))) {
                spouseBirth = today.minusYears(18);
            }
            members.add(new Parts.HouseholdMember(HouseholdRelationship.CONJOINT, spouseName,
                    zipf(origin.firstNames(!male, spouseBirth.getYear())).pick(random), spouseBirth, false));
        }
        if (!elderly && chance(0.4)) {
            int children = 1 + random.nextInt(3);
            for (int i = 0; i < children; i++) {
                LocalDate childBirth = birthDate.plusYears(20 + random.nextInt(20)).plusDays(random.nextInt(365));
                if (childBirth.isAfter(today)) {
                    continue;
                }
                boolean son = chance(0.5);
                members.add(new Parts.HouseholdMember(HouseholdRelationship.ENFANT, usageName != null ? usageName : birthName,
                        zipf(Origin.FRENCH.firstNames(son, childBirth.getYear())).pick(random), childBirth,
                        childBirth.isAfter(today.minusYears(20))));
            }
        } else if (elderly && living == LivingSituation.HEBERGE_FAMILLE && chance(0.5)) {
            LocalDate childBirth = birthDate.plusYears(22 + random.nextInt(15));
            members.add(new Parts.HouseholdMember(HouseholdRelationship.ENFANT, birthName,
                    zipf(Origin.FRENCH.firstNames(chance(0.5), childBirth.getYear())).pick(random), childBirth, false));
        }
        return members;
    }

    private List<Parts.Resource> resources(boolean elderly, FamilySituation family, LivingSituation living,
            List<Parts.HouseholdMember> household) {
        List<Parts.Resource> resources = new ArrayList<>();
        boolean tenant = living == LivingSituation.LOCATAIRE_PRIVE || living == LivingSituation.LOCATAIRE_SOCIAL;
        if (elderly) {
            resources.add(resource(ResourceType.RETRAITE_BASE, 60_000, 160_000, ResourceOwner.BENEFICIAIRE, "Assurance retraite"));
            if (chance(0.8)) {
                resources.add(resource(ResourceType.RETRAITE_COMPLEMENTAIRE, 10_000, 90_000, ResourceOwner.BENEFICIAIRE, "Agirc-Arrco"));
            }
            if (family == FamilySituation.VEUF && chance(0.5)) {
                resources.add(resource(ResourceType.PENSION_REVERSION, 20_000, 70_000, ResourceOwner.BENEFICIAIRE, "Assurance retraite"));
            }
            if (chance(0.1)) {
                resources.add(resource(ResourceType.ASPA, 10_000, 40_000, ResourceOwner.BENEFICIAIRE, "Assurance retraite"));
            }
            if (household.stream().anyMatch(m -> m.relationship() == HouseholdRelationship.CONJOINT) && chance(0.7)) {
                resources.add(resource(ResourceType.RETRAITE_BASE, 50_000, 180_000, ResourceOwner.CONJOINT, "Assurance retraite"));
            }
        } else {
            double r = random.nextDouble();
            if (r < 0.45) {
                resources.add(resource(ResourceType.SALAIRE, 120_000, 250_000, ResourceOwner.BENEFICIAIRE, null));
                if (chance(0.3)) {
                    resources.add(resource(ResourceType.PRIME_ACTIVITE, 5_000, 25_000, ResourceOwner.BENEFICIAIRE, "CAF"));
                }
            } else if (r < 0.65) {
                resources.add(resource(ResourceType.RSA, 55_000, 65_000, ResourceOwner.BENEFICIAIRE, "CAF"));
            } else if (r < 0.80) {
                resources.add(resource(ResourceType.AAH, 90_000, 102_000, ResourceOwner.BENEFICIAIRE, "CAF"));
            } else if (r < 0.92) {
                resources.add(resource(ResourceType.CHOMAGE, 80_000, 140_000, ResourceOwner.BENEFICIAIRE, "France Travail"));
            } else {
                resources.add(resource(ResourceType.PENSION_INVALIDITE, 60_000, 110_000, ResourceOwner.BENEFICIAIRE, "CPAM"));
            }
            if (household.stream().anyMatch(m -> m.relationship() == HouseholdRelationship.ENFANT && m.dependent())) {
                resources.add(resource(ResourceType.PRESTATIONS_FAMILIALES, 10_000, 40_000, ResourceOwner.BENEFICIAIRE, "CAF"));
            }
        }
        if (tenant && chance(0.5)) {
            resources.add(resource(ResourceType.APL_ALS, 10_000, 30_000, ResourceOwner.BENEFICIAIRE, "CAF"));
        }
        return resources;
    }

    private Parts.Resource resource(ResourceType type, int minCents, int maxCents, ResourceOwner owner, String payer) {
        return new Parts.Resource(type, amount(minCents, maxCents), owner, payer);
    }

    private List<Parts.Charge> charges(boolean elderly, LivingSituation living) {
        List<Parts.Charge> charges = new ArrayList<>();
        if (living == LivingSituation.EHPAD || living == LivingSituation.USLD) {
            charges.add(new Parts.Charge(ChargeType.FRAIS_HEBERGEMENT, amount(180_000, 260_000), null));
        } else {
            if (living == LivingSituation.LOCATAIRE_PRIVE || living == LivingSituation.LOCATAIRE_SOCIAL
                    || living == LivingSituation.RESIDENCE_AUTONOMIE) {
                charges.add(new Parts.Charge(ChargeType.LOYER, amount(35_000, 80_000), null));
                if (chance(0.6)) {
                    charges.add(new Parts.Charge(ChargeType.CHARGES_LOCATIVES, amount(4_000, 12_000), null));
                }
            }
            if (chance(0.8)) {
                charges.add(new Parts.Charge(ChargeType.ENERGIE, amount(6_000, 18_000), null));
            }
            if (chance(0.6)) {
                charges.add(new Parts.Charge(ChargeType.ASSURANCE_HABITATION, amount(1_500, 3_500), null));
            }
        }
        if (chance(elderly ? 0.7 : 0.4)) {
            charges.add(new Parts.Charge(ChargeType.MUTUELLE, amount(3_000, 15_000), null));
        }
        return charges;
    }

    private List<Parts.PensionFund> pensionFunds() {
        List<Parts.PensionFund> funds = new ArrayList<>();
        funds.add(new Parts.PensionFund(PensionFundKind.PRINCIPALE, chance(0.85) ? "Assurance retraite (Carsat)" : "MSA", null));
        if (chance(0.7)) {
            funds.add(new Parts.PensionFund(PensionFundKind.COMPLEMENTAIRE, "Agirc-Arrco", null));
        }
        return funds;
    }

    private Parts.BenefitFundMembership benefitFund(List<Parts.Resource> resources) {
        boolean paidByCaf = resources.stream().anyMatch(r -> "CAF".equals(r.payer()));
        if (!paidByCaf || !chance(0.7)) {
            return null;
        }
        return new Parts.BenefitFundMembership(chance(0.9) ? BenefitFund.CAF : BenefitFund.MSA,
                String.format("%07d", random.nextInt(10_000_000)));
    }

    private Parts.GirAssessment gir(boolean elderly, int age, LivingSituation living, LocalDate birthDate) {
        if (!elderly) {
            return null;
        }
        boolean institution = living == LivingSituation.EHPAD || living == LivingSituation.USLD;
        if (!institution && !chance(Math.min(0.7, 0.1 + (age - 60) * 0.015))) {
            return null;
        }
        double r = random.nextDouble();
        int level = institution ? (r < 0.10 ? 1 : r < 0.45 ? 2 : r < 0.70 ? 3 : 4)
                : (r < 0.02 ? 1 : r < 0.10 ? 2 : r < 0.25 ? 3 : r < 0.65 ? 4 : r < 0.80 ? 5 : 6);
        LocalDate evaluated = today.minusDays(random.nextInt(3 * 365));
        if (evaluated.isBefore(birthDate.plusYears(60))) {
            evaluated = birthDate.plusYears(60);
        }
        String assessor = level >= 5 ? "Caisse de retraite (évaluation Assurance retraite)" : "Équipe médico-sociale du département";
        return new Parts.GirAssessment(level, evaluated, assessor);
    }

    private Parts.ProtectionMeasure protection() {
        ProtectionType type = pick(List.of(ProtectionType.CURATELLE_SIMPLE, ProtectionType.CURATELLE_RENFORCEE,
                ProtectionType.TUTELLE, ProtectionType.HABILITATION_FAMILIALE, ProtectionType.SAUVEGARDE_JUSTICE));
        String mandataire = type == ProtectionType.HABILITATION_FAMILIALE
                ? zipf(Origin.FRENCH.menSince1960).pick(random) + " " + surname(Origin.FRENCH)
                : pick(List.of("UDAF", "ATMP", "Association tutélaire")) + " (" + surname(Origin.FRENCH) + ")";
        LocalDate start = today.minusDays(30 + random.nextInt(3000));
        return new Parts.ProtectionMeasure(type, mandataire, null, start, null);
    }

    private Parts.ContactPerson aidant(String familyName, String departement) {
        boolean daughter = chance(0.6);
        String first = zipf(Origin.FRENCH.firstNames(!daughter, 1965)).pick(random);
        return new Parts.ContactPerson(first + " " + familyName, daughter ? "fille" : "fils", phone(departement, false), null, null);
    }

    private Parts.ResidencePermit residencePermit() {
        boolean resident = chance(0.85);
        return new Parts.ResidencePermit(resident ? ResidencePermitType.CARTE_RESIDENT : ResidencePermitType.CARTE_SEJOUR_PLURIANNUELLE,
                null, today.plusDays(30 + random.nextInt(resident ? 3650 : 1000)));
    }

    // ------------------------------------------------------------------------------------- randomness

    private boolean chance(double probability) {
        return random.nextDouble() < probability;
    }

    private long amount(int minCents, int maxCents) {
        return (minCents + random.nextInt(maxCents - minCents + 1)) / 100 * 100L;
    }

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    private Weighted<CogPlaces.Commune> birthplacesIn(String departement) {
        return birthplacesByDepartement.computeIfAbsent(departement, d -> {
            List<CogPlaces.Commune> communes = CogPlaces.get().birthplaces().stream()
                    .filter(c -> c.departement().equals(d)).toList();
            return communes.isEmpty() ? birthplacePicker : new Weighted<>(communes, c -> Math.max(c.population(), 20));
        });
    }

    /**
     * Lists are in order of frequency: the n-th name weighs 1/(n+50). Among the French surnames the
     * first (Martin) is then about 0.8 % of the persons and the last 0.07 %: flatter than a pure Zipf
     * law, because a list of a few hundred names already concentrates on them the homonyms that
     * hundreds of thousands of rarer names share in a real file (Martin is about 0.35 % in France).
     */
    private Weighted<String> zipf(List<String> names) {
        return zipf.computeIfAbsent(names, list -> {
            Map<String, Double> weights = new HashMap<>();
            for (int i = 0; i < list.size(); i++) {
                weights.put(list.get(i), 1.0 / (i + 50));
            }
            return new Weighted<>(list, weights::get);
        });
    }

    /** Draws values in proportion to their weights (cumulative sums and a binary search). */
    private static final class Weighted<T> {
        private final List<T> values;
        private final double[] cumulative;

        Weighted(List<T> values, ToDoubleFunction<T> weight) {
            this.values = List.copyOf(values);
            this.cumulative = new double[values.size()];
            double sum = 0;
            for (int i = 0; i < values.size(); i++) {
                sum += weight.applyAsDouble(values.get(i));
                cumulative[i] = sum;
            }
        }

        T pick(SplittableRandom random) {
            double target = random.nextDouble() * cumulative[cumulative.length - 1];
            int low = 0;
            int high = cumulative.length - 1;
            while (low < high) {
                int mid = (low + high) >>> 1;
                if (cumulative[mid] <= target) {
                    low = mid + 1;
                } else {
                    high = mid;
                }
            }
            return values.get(low);
        }
    }

    /** A set of positive longs with open addressing: a million NIRs in 16 MB instead of 80. */
    private static final class LongSet {
        private long[] slots = new long[1 << 12];
        private int size;

        boolean add(long value) {
            if (size * 2 >= slots.length) {
                grow();
            }
            if (!insert(slots, value)) {
                return false;
            }
            size++;
            return true;
        }

        private static boolean insert(long[] table, long value) {
            int mask = table.length - 1;
            int i = Long.hashCode(value * 0x9E3779B97F4A7C15L) & mask;
            while (table[i] != 0) {
                if (table[i] == value) {
                    return false;
                }
                i = (i + 1) & mask;
            }
            table[i] = value;
            return true;
        }

        private void grow() {
            long[] bigger = new long[slots.length * 2];
            for (long value : slots) {
                if (value != 0) {
                    insert(bigger, value);
                }
            }
            slots = bigger;
        }
    }
}
