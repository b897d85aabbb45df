package fr.entraide.beneficiary.nir;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The outcome of {@link NirCheck#check}.
 *
 * @param normalised the input without spaces or dots, in upper case (whatever its length)
 * @param display    {@code S AA MM DD CCC OOO KK} when the format is right, otherwise null
 * @param errors     what makes the NIR unacceptable: format, key, impossible month, or a year or
 *                   month of birth that contradicts the record
 * @param warnings   what an agent should look at without being blocked: a provisional number, a
 *                   sex or birthplace that differs from the record, the old Corsican code
 */
public record NirResult(String normalised, String display, List<NirIssue> errors, List<NirIssue> warnings) {

    public NirResult {
        errors = List.copyOf(errors);
        warnings = List.copyOf(warnings);
    }

    public boolean isValid() {
        return errors.isEmpty();
    }

    public boolean hasError(NirIssue.Code code) {
        return errors.stream().anyMatch(issue -> issue.code() == code);
    }

    public boolean hasWarning(NirIssue.Code code) {
        return warnings.stream().anyMatch(issue -> issue.code() == code);
    }

    /** Errors first, then warnings. */
    public List<NirIssue> issues() {
        List<NirIssue> all = new ArrayList<>(errors);
        all.addAll(warnings);
        return List.copyOf(all);
    }

    /** The NIR as a value, when there is no error. */
    public Optional<Nir> nir() {
        return isValid() ? Optional.of(new Nir(normalised)) : Optional.empty();
    }
}
