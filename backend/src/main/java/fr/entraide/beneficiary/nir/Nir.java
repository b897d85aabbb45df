package fr.entraide.beneficiary.nir;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A NIR ("numéro de sécurité sociale") with a valid format and key: 15 characters, normalised (no
 * spaces or dots, upper case). Consistency with the person's record (sex, date and place of birth)
 * is checked by {@link NirCheck}, not here.
 *
 * <p>{@link #toString()} is masked so that a NIR never reaches a log by accident. Use
 * {@link #value()} to store it.
 */
public record Nir(String value) {

    /** DOMAIN §9 rule 1. Overseas numbers (97x/98x in positions 6-8) fit it too. */
    static final Pattern FORMAT = Pattern.compile("^[1-478][0-9]{4}(?:[0-9]{2}|2A|2B)[0-9]{8}$");

    public static final int LENGTH = 15;

    public Nir {
        Objects.requireNonNull(value, "value");
        if (!value.equals(normalise(value))) {
            throw new IllegalArgumentException("Le NIR doit être normalisé (sans espaces ni points, en majuscules).");
        }
        NirCheck.structuralIssue(value).ifPresent(issue -> {
            throw new IllegalArgumentException(issue.message());
        });
    }

    /**
     * Normalises, then checks format and key.
     *
     * @throws IllegalArgumentException with a French message saying what is wrong
     */
    public static Nir parse(String raw) {
        return new Nir(normalise(raw));
    }

    /** Removes spaces (any whitespace, including no-break spaces) and dots, then upper-cases. Null gives "". */
    public static String normalise(String raw) {
        if (raw == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(raw.length());
        raw.codePoints()
                .filter(c -> c != '.' && !Character.isWhitespace(c) && !Character.isSpaceChar(c))
                .forEach(out::appendCodePoint);
        return out.toString().toUpperCase(Locale.ROOT);
    }

    /**
     * The key of the 13 first characters: {@code 97 − (N mod 97)}, where N is the number with 2A→19
     * and 2B→18 (DOMAIN §9 rule 2). Always 1..97.
     *
     * @param body 13 characters: digits, with 2A or 2B allowed in positions 6-7
     */
    public static int key(String body) {
        if (body == null || body.length() != 13) {
            throw new IllegalArgumentException("The NIR body must have 13 characters");
        }
        String departement = body.substring(5, 7);
        String digits = switch (departement) {
            case "2A" -> body.substring(0, 5) + "19" + body.substring(7);
            case "2B" -> body.substring(0, 5) + "18" + body.substring(7);
            default -> body;
        };
        for (int i = 0; i < digits.length(); i++) {
            if (digits.charAt(i) < '0' || digits.charAt(i) > '9') {
                throw new IllegalArgumentException("The NIR body must be digits (2A/2B allowed in positions 6-7)");
            }
        }
        // 13 digits < 10^13 fit in a long.
        return (int) (97 - Long.parseLong(digits) % 97);
    }

    /** {@code S AA MM DD CCC OOO KK} for a 15-character value. */
    static String format(String value) {
        return value.charAt(0) + " " + value.substring(1, 3) + " " + value.substring(3, 5) + " "
                + value.substring(5, 7) + " " + value.substring(7, 10) + " " + value.substring(10, 13) + " "
                + value.substring(13, 15);
    }

    /**
     * What a role that may not read the NIR is shown: sex, year and month stay visible, and the
     * birthplace, order number and key are hidden, e.g. {@code 2 41 03 ** *** *** **}. Anything that is
     * not 15 characters once normalised is hidden completely.
     */
    public static String mask(String value) {
        String normalised = normalise(value);
        if (normalised.length() != LENGTH) {
            return "* ** ** ** *** *** **";
        }
        return normalised.charAt(0) + " " + normalised.substring(1, 3) + " " + normalised.substring(3, 5)
                + " ** *** *** **";
    }

    /** {@code S AA MM DD CCC OOO KK}. */
    public String display() {
        return format(value);
    }

    public String masked() {
        return mask(value);
    }

    /** 3, 4, 7 or 8: a provisional or temporary number. */
    public boolean isProvisional() {
        char sex = value.charAt(0);
        return sex == '3' || sex == '4' || sex == '7' || sex == '8';
    }

    @Override
    public String toString() {
        return "Nir[" + masked() + "]";
    }
}
