package fr.entraide.beneficiary;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Request bodies for fictional persons (DOMAIN.md §9 test cases), to tweak per test. */
public final class People {

    private People() {
    }

    /** T1: Mme Jeanne MARTIN née DUPONT, born 1941-03-14 in Rouen, living in Le Bourg-d'Oisans. */
    public static Map<String, Object> jeanne() {
        Map<String, Object> body = new HashMap<>();
        body.put("birthName", "DUPONT");
        body.put("usageName", "MARTIN");
        body.put("firstNames", List.of("Jeanne", "Marie"));
        body.put("sex", "FEMALE");
        body.put("birthDate", "1941-03-14");
        body.put("birthPlace", Map.of("code", "76540"));
        body.put("nationality", "FRENCH");
        body.put("nir", "2 41 03 76 540 123 31");
        body.put("phone", "06 12 34 56 78");
        body.put("address", address("38052", "38520"));
        body.put("familySituation", "VEUF");
        body.put("resources", List.of(Map.of("type", "RETRAITE_BASE", "monthlyAmountCents", 98_000, "owner", "BENEFICIAIRE")));
        body.put("charges", List.of(Map.of("type", "LOYER", "monthlyAmountCents", 38_000)));
        body.put("gir", Map.of("level", 3, "evaluatedOn", "2025-01-15", "assessor", "Équipe médico-sociale de l'Isère"));
        body.put("notes", "Rencontrée en mairie, besoin d'aide pour les papiers.");
        return body;
    }

    public static Map<String, Object> person(String birthName, String firstName, String sex, String birthDate, String commune,
            String postcode) {
        Map<String, Object> body = new HashMap<>();
        body.put("birthName", birthName);
        body.put("firstNames", List.of(firstName));
        body.put("sex", sex);
        body.put("birthDate", birthDate);
        body.put("birthPlace", Map.of("code", "38185"));
        body.put("nationality", "FRENCH");
        body.put("address", address(commune, postcode));
        return body;
    }

    public static Map<String, Object> address(String commune, String postcode) {
        Map<String, Object> address = new HashMap<>();
        address.put("street", "3 place de la Mairie");
        address.put("postcode", postcode);
        address.put("communeCode", commune);
        address.put("livingSituation", "LOCATAIRE_PRIVE");
        return address;
    }

    public static Map<String, Object> with(Map<String, Object> body, String key, Object value) {
        Map<String, Object> copy = new HashMap<>(body);
        copy.put(key, value);
        return copy;
    }
}
