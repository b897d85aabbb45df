package fr.entraide.beneficiary.nir;

import java.util.Objects;

/**
 * One finding of {@link NirCheck}. The code is stable, so clients and the problem+json mapper can
 * rely on it. The message is French and says what is wrong, for the agent who typed the number.
 */
public record NirIssue(Code code, String message) {

    public enum Code {
        /** Not 15 characters, or a character that cannot be in a NIR. */
        FORMAT,
        /** The last two digits are not 97 − (N mod 97). */
        KEY,
        /** Positions 4-5 are neither a month (01-12) nor a code for an unknown month (20, 30-42, 50-99). */
        MONTH,
        /** Positions 2-3 differ from the last two digits of the recorded year of birth. */
        BIRTH_YEAR,
        /** Positions 4-5 are a real month that differs from the recorded month of birth. */
        BIRTH_MONTH,
        /** Positions 6-10 do not match the recorded birthplace (COG commune or INSEE country code). */
        BIRTHPLACE,
        /** The first digit does not match the recorded sex (odd = man, even = woman). */
        SEX_MISMATCH,
        /** The first digit is 3, 4, 7 or 8: a provisional or temporary number (NIA, for example). */
        PROVISIONAL,
        /** Positions 6-7 are 20, the old Corsican département code, instead of 2A / 2B. */
        CORSICA_OLD_CODE
    }

    public NirIssue {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
    }
}
