package fr.entraide.beneficiary.nir;

import java.time.LocalDate;
import java.util.Locale;

/**
 * What the person's record says, to be compared with the NIR. Each field may be unknown (null or
 * {@link Sex#UNKNOWN}). The matching check is then skipped.
 *
 * @param sex            the declared sex
 * @param birthDate      the recorded date of birth. When only the year is known, the civil registry
 *                       usually records 31 December.
 * @param birthplaceCode the COG commune code of the birthplace (76540, 2A004, 97411), or the INSEE
 *                       country code 99xxx for a birth abroad
 */
public record NirContext(Sex sex, LocalDate birthDate, String birthplaceCode) {

    public enum Sex { MALE, FEMALE, UNKNOWN }

    private static final NirContext UNKNOWN = new NirContext(Sex.UNKNOWN, null, null);

    public NirContext {
        sex = sex == null ? Sex.UNKNOWN : sex;
        if (birthplaceCode != null) {
            birthplaceCode = birthplaceCode.strip().toUpperCase(Locale.ROOT);
            if (birthplaceCode.isEmpty()) {
                birthplaceCode = null;
            }
        }
    }

    /** Nothing known about the person: only the format and the key are checked. */
    public static NirContext unknown() {
        return UNKNOWN;
    }
}
