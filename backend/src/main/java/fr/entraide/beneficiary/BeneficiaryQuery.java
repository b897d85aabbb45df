package fr.entraide.beneficiary;

import fr.entraide.beneficiary.Vocabulary.Status;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * A search of the file, as typed by an agent, interpreted: a NIR, a birth date, a phone number
 * or names. Pure, so its interpretation is tested without a database.
 */
public record BeneficiaryQuery(
        String text,
        String communeCode,
        UUID referentAgentId,
        Integer gir,
        Integer ageMin,
        Integer ageMax,
        StatusFilter status,
        Boolean hasOpenRequest,
        Sort sort,
        int page,
        int size) {

    public enum StatusFilter { ACTIVE, ARCHIVED, ALL }

    public enum Sort { RELEVANCE, NAME, BIRTH_DATE, CREATED, LAST_CONTACT }

    public enum Kind { NONE, NIR, BIRTH_DATE, PHONE, NAME }

    private static final Pattern NIR = Pattern.compile("^[1-478][0-9]{4}(?:[0-9]{2}|2A|2B)[0-9]{6}(?:[0-9]{2})?$");
    private static final Pattern PHONE = Pattern.compile("^[+0-9 .()-]{6,25}$");
    private static final List<DateTimeFormatter> DATES = List.of(
            DateTimeFormatter.ofPattern("dd/MM/uuuu"), DateTimeFormatter.ofPattern("d/M/uuuu"),
            DateTimeFormatter.ofPattern("dd-MM-uuuu"), DateTimeFormatter.ofPattern("dd.MM.uuuu"),
            DateTimeFormatter.ISO_LOCAL_DATE);

    public Kind kind() {
        String q = text == null ? "" : text.trim();
        if (q.isEmpty()) {
            return Kind.NONE;
        }
        if (NIR.matcher(compactNir(q)).matches()) {
            return Kind.NIR;
        }
        if (birthDate().isPresent()) {
            return Kind.BIRTH_DATE;
        }
        if (PHONE.matcher(q).matches() && phoneDigits(q).length() >= 6) {
            return Kind.PHONE;
        }
        return Kind.NAME;
    }

    public Optional<LocalDate> birthDate() {
        String q = text == null ? "" : text.trim();
        for (DateTimeFormatter format : DATES) {
            try {
                return Optional.of(LocalDate.parse(q, format));
            } catch (DateTimeParseException ignored) {
                // try the next format
            }
        }
        return Optional.empty();
    }

    /** The NIR as typed, without spaces or dots, upper-cased. */
    public String nir() {
        return compactNir(text == null ? "" : text.trim());
    }

    /** Phone digits in national form (+33 6… → 06…). */
    public String phone() {
        return phoneDigits(text);
    }

    /** The words of a name search, at least two characters each. */
    public List<String> words() {
        List<String> words = new ArrayList<>();
        for (String word : (text == null ? "" : text).toLowerCase(Locale.ROOT).split("[\\s,;]+")) {
            if (word.length() >= 2) {
                words.add(word);
            }
        }
        return words;
    }

    public static String compactNir(String raw) {
        return raw.replaceAll("[\\s.]", "").toUpperCase(Locale.ROOT);
    }

    public static String phoneDigits(String raw) {
        if (raw == null) {
            return "";
        }
        String digits = raw.replaceAll("[^0-9]", "");
        if (raw.trim().startsWith("+33") && digits.length() == 11) {
            return "0" + digits.substring(2);
        }
        if (digits.startsWith("0033") && digits.length() == 13) {
            return "0" + digits.substring(4);
        }
        return digits;
    }

    public Sort effectiveSort() {
        if (sort != null) {
            return sort == Sort.RELEVANCE && kind() != Kind.NAME ? Sort.NAME : sort;
        }
        return kind() == Kind.NAME ? Sort.RELEVANCE : Sort.NAME;
    }

    public static Status statusOf(StatusFilter filter) {
        return switch (filter) {
            case ACTIVE -> Status.ACTIVE;
            case ARCHIVED -> Status.ARCHIVED;
            case ALL -> null;
        };
    }
}
