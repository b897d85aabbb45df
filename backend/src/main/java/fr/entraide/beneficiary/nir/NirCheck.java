package fr.entraide.beneficiary.nir;

import fr.entraide.beneficiary.nir.NirIssue.Code;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Checks a typed NIR against DOMAIN.md §2.2 and §9 rules 1-5. It runs in two stages:
 * <ol>
 *   <li>Structure: format and key. A NIR that fails here is rejected and nothing else is checked.</li>
 *   <li>Content: the sex digit, year, month and birthplace, each compared with the person's record
 *       when that field is known.</li>
 * </ol>
 * Only what is certain is an error: format, key, an impossible month, and a year or month of birth
 * that contradicts the record. What may have a legitimate explanation is a warning.
 */
public final class NirCheck {

    private static final String ALGERIA = "99352";
    private static final String MOROCCO = "99350";
    private static final String TUNISIA = "99351";

    private NirCheck() {
    }

    public static NirResult check(String raw, NirContext context) {
        NirContext record = context == null ? NirContext.unknown() : context;
        String nir = Nir.normalise(raw);
        Optional<NirIssue> formatIssue = formatIssue(nir);
        if (formatIssue.isPresent()) {
            return new NirResult(nir, null, List.of(formatIssue.get()), List.of());
        }
        List<NirIssue> errors = new ArrayList<>();
        List<NirIssue> warnings = new ArrayList<>();
        keyIssue(nir).ifPresent(errors::add);
        checkSex(nir, record, warnings);
        checkYear(nir, record, errors);
        checkMonth(nir, record, errors);
        checkBirthplace(nir, record, warnings);
        return new NirResult(nir, Nir.format(nir), errors, warnings);
    }

    /** The format or key problem of a normalised value, if any. */
    static Optional<NirIssue> structuralIssue(String nir) {
        return formatIssue(nir).or(() -> keyIssue(nir));
    }

    // --- Rule 1: format --------------------------------------------------------------------------

    private static Optional<NirIssue> formatIssue(String nir) {
        if (nir.isEmpty()) {
            return Optional.of(format("Le NIR est vide : il doit compter 15 caractères."));
        }
        if (nir.length() != Nir.LENGTH) {
            return Optional.of(format("Le NIR doit compter 15 caractères (13 pour le numéro, 2 pour la clé) : "
                    + nir.length() + (nir.length() == 1 ? " caractère saisi." : " caractères saisis.")));
        }
        if (Nir.FORMAT.matcher(nir).matches()) {
            return Optional.empty();
        }
        char sex = nir.charAt(0);
        if ("123478".indexOf(sex) < 0) {
            return Optional.of(format("Le premier chiffre du NIR (sexe) doit être 1 ou 2, ou 3, 4, 7 ou 8 pour un "
                    + "numéro provisoire : « " + sex + " » saisi."));
        }
        String departement = nir.substring(5, 7);
        if (!isDigits(departement) && !departement.equals("2A") && !departement.equals("2B")) {
            return Optional.of(format("Les positions 6 et 7 du NIR (département de naissance) doivent être deux "
                    + "chiffres, ou 2A ou 2B pour la Corse : « " + departement + " » saisi."));
        }
        for (int i = 1; i < nir.length(); i++) {
            char c = nir.charAt(i);
            if ((i == 5 || i == 6) || (c >= '0' && c <= '9')) {
                continue;
            }
            return Optional.of(format("Le NIR ne doit contenir que des chiffres (sauf 2A ou 2B en positions 6 et 7 "
                    + "pour la Corse) : « " + c + " » en position " + (i + 1) + "."));
        }
        // Unreachable while the checks above mirror the pattern; kept so a future change cannot let a bad value through.
        return Optional.of(format("Le format du NIR n'est pas valide."));
    }

    private static NirIssue format(String message) {
        return new NirIssue(Code.FORMAT, message);
    }

    // --- Rule 2: key -----------------------------------------------------------------------------

    private static Optional<NirIssue> keyIssue(String nir) {
        int expected = Nir.key(nir.substring(0, 13));
        String typed = nir.substring(13);
        if (Integer.parseInt(typed) == expected) {
            return Optional.empty();
        }
        return Optional.of(new NirIssue(Code.KEY, "La clé du NIR ne correspond pas : "
                + String.format("%02d", expected) + " attendu, " + typed + " saisi."));
    }

    // --- Rule 3: sex digit -----------------------------------------------------------------------

    private static void checkSex(String nir, NirContext record, List<NirIssue> warnings) {
        char digit = nir.charAt(0);
        if (digit == '3' || digit == '4' || digit == '7' || digit == '8') {
            warnings.add(new NirIssue(Code.PROVISIONAL, "Le NIR commence par " + digit + " : c'est un numéro "
                    + "provisoire ou temporaire (par exemple un NIA en attente de certification). Le remplacer par "
                    + "le numéro définitif dès qu'il est connu."));
        }
        boolean male = (digit - '0') % 2 == 1;
        NirContext.Sex declared = record.sex();
        if (declared == NirContext.Sex.UNKNOWN) {
            return;
        }
        if (male != (declared == NirContext.Sex.MALE)) {
            warnings.add(new NirIssue(Code.SEX_MISMATCH, "Le NIR commence par " + digit + " ("
                    + (male ? "homme" : "femme") + ") alors que la fiche indique le sexe "
                    + (declared == NirContext.Sex.MALE ? "masculin" : "féminin") + "."));
        }
    }

    // --- Rule 4: year and month ------------------------------------------------------------------

    private static void checkYear(String nir, NirContext record, List<NirIssue> errors) {
        LocalDate birthDate = record.birthDate();
        if (birthDate == null) {
            return;
        }
        String year = nir.substring(1, 3);
        String expected = String.format("%02d", Math.floorMod(birthDate.getYear(), 100));
        if (!year.equals(expected)) {
            errors.add(new NirIssue(Code.BIRTH_YEAR, "L'année de naissance du NIR (" + year
                    + ") ne correspond pas à la date de naissance de la fiche (" + birthDate.getYear()
                    + ", soit " + expected + ")."));
        }
    }

    private static void checkMonth(String nir, NirContext record, List<NirIssue> errors) {
        String month = nir.substring(3, 5);
        int value = Integer.parseInt(month);
        if (isUnknownMonth(value)) {
            return;
        }
        if (value < 1 || value > 12) {
            errors.add(new NirIssue(Code.MONTH, "Le mois de naissance du NIR (" + month + ") n'existe pas : "
                    + "01 à 12, ou 20, 30 à 42 ou 50 à 99 quand le mois est inconnu."));
            return;
        }
        LocalDate birthDate = record.birthDate();
        if (birthDate != null && birthDate.getMonthValue() != value) {
            errors.add(new NirIssue(Code.BIRTH_MONTH, "Le mois de naissance du NIR (" + month
                    + ") ne correspond pas à la date de naissance de la fiche ("
                    + String.format("%02d", birthDate.getMonthValue()) + ")."));
        }
    }

    /** 20, 30-42 and 50-99: fictitious months given when the civil-status record is incomplete. */
    static boolean isUnknownMonth(int month) {
        return month == 20 || (month >= 30 && month <= 42) || month >= 50;
    }

    // --- Rule 5: birthplace ----------------------------------------------------------------------
    //
    // Every birthplace mismatch is a WARNING, never an error:
    //  - the NIR keeps the commune code in force at birth, while the record holds a COG code that may
    //    have changed since (communes nouvelles, mergers, renumbering). Without a full history of COG
    //    codes we cannot tell a typing mistake from a historical code;
    //  - the cut-over dates for historical codes (Corsica 20 → 2A/2B; 91-96 for Algeria, Morocco and
    //    Tunisia before independence) are unverified (DOMAIN §2.2), so an unexpected code may
    //    still be genuine;
    //  - the key already catches typing mistakes in positions 6-10.

    private static void checkBirthplace(String nir, NirContext record, List<NirIssue> warnings) {
        String departement = nir.substring(5, 7);
        if (departement.equals("20")) {
            warnings.add(new NirIssue(Code.CORSICA_OLD_CODE, "Le NIR porte l'ancien code 20 de la Corse "
                    + "(avant la création des départements 2A et 2B) : accepté, mais à vérifier auprès de "
                    + "l'organisme d'assurance maladie si possible."));
        }
        String place = record.birthplaceCode();
        if (place == null || place.length() != 5) {
            return;
        }
        String nirPlace = nir.substring(5, 10);
        boolean bornAbroadPerRecord = place.startsWith("99");

        if (departement.equals("99")) {
            if (!bornAbroadPerRecord) {
                warnings.add(birthplace("Le NIR indique une naissance à l'étranger (pays " + nirPlace
                        + ") alors que la fiche indique une naissance en France (commune " + place + ")."));
            } else if (!nirPlace.equals(place)) {
                warnings.add(birthplace("Le pays de naissance du NIR (" + nirPlace
                        + ") ne correspond pas à celui de la fiche (" + place + ")."));
            }
            return;
        }

        if (bornAbroadPerRecord) {
            checkPreIndependenceCode(departement, nirPlace, place, record.birthDate(), warnings);
            return;
        }

        if (isCorsica(departement) && isCorsica(place.substring(0, 2))
                && (departement.equals("20") || place.startsWith("20"))
                && nirPlace.substring(2).equals(place.substring(2))) {
            // Old code 20 on one side, 2A/2B on the other, same commune: the same place.
            return;
        }
        if (!nirPlace.equals(place)) {
            warnings.add(birthplace("Le lieu de naissance du NIR (commune " + nirPlace
                    + ") ne correspond pas à celui de la fiche (commune " + place + "). Le NIR garde le code de "
                    + "la commune à la date de naissance, qui a pu changer depuis (commune nouvelle, fusion) : "
                    + "à vérifier."));
        }
    }

    /**
     * The record says "born abroad" and the NIR has a French-looking code. That is legitimate for a
     * person born in Algeria (91-94, until 1962), Morocco (95) or Tunisia (96) before independence
     * (until 1964 for both; DOMAIN §2.2). When the date of birth is unknown, the code is accepted.
     */
    private static void checkPreIndependenceCode(String departement, String nirPlace, String country,
                                                 LocalDate birthDate, List<NirIssue> warnings) {
        int code = isDigits(departement) ? Integer.parseInt(departement) : -1;
        String formerName = null;
        int lastYear = 0;
        if (code >= 91 && code <= 94 && country.equals(ALGERIA)) {
            formerName = "l'Algérie";
            lastYear = 1962;
        } else if (code == 95 && country.equals(MOROCCO)) {
            formerName = "le Maroc";
            lastYear = 1964;
        } else if (code == 96 && country.equals(TUNISIA)) {
            formerName = "la Tunisie";
            lastYear = 1964;
        }
        if (formerName == null) {
            warnings.add(birthplace("Le NIR indique une naissance en France (département " + departement
                    + ", code " + nirPlace + ") alors que la fiche indique une naissance à l'étranger (pays "
                    + country + ")."));
            return;
        }
        if (birthDate != null && birthDate.getYear() > lastYear) {
            warnings.add(birthplace("Le code " + departement + " ne désigne " + formerName
                    + " que pour les naissances jusqu'en " + lastYear + " ; la fiche indique une naissance en "
                    + birthDate.getYear() + ", le NIR devrait plutôt porter 99 " + country.substring(2) + "."));
        }
    }

    private static NirIssue birthplace(String message) {
        return new NirIssue(Code.BIRTHPLACE, message);
    }

    private static boolean isCorsica(String departement) {
        return departement.equals("20") || departement.equals("2A") || departement.equals("2B");
    }

    private static boolean isDigits(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return !s.isEmpty();
    }
}
