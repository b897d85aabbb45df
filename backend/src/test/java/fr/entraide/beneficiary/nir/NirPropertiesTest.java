package fr.entraide.beneficiary.nir;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.StringLength;

/** Properties of the pure NIR rules: key, single-character changes, normalisation. */
class NirPropertiesTest {

    @Provide
    Arbitrary<String> validBodies() {
        Arbitrary<String> sex = Arbitraries.of("1", "2");
        Arbitrary<String> year = Arbitraries.integers().between(0, 99).map(y -> String.format("%02d", y));
        Arbitrary<String> month = Arbitraries.integers().between(1, 12).map(m -> String.format("%02d", m));
        Arbitrary<String> departement = Arbitraries.oneOf(
                Arbitraries.integers().between(1, 95).map(d -> String.format("%02d", d)),
                Arbitraries.of("2A", "2B"));
        Arbitrary<String> commune = Arbitraries.integers().between(1, 999).map(c -> String.format("%03d", c));
        Arbitrary<String> order = Arbitraries.integers().between(1, 999).map(o -> String.format("%03d", o));
        return Combinators.combine(sex, year, month, departement, commune, order)
                .as((s, y, m, d, c, o) -> s + y + m + d + c + o);
    }

    @Provide
    Arbitrary<String> validNirs() {
        return validBodies().map(body -> body + String.format("%02d", Nir.key(body)));
    }

    @Property
    void anyValidBodyWithItsComputedKeyHasNoError(@ForAll("validBodies") String body) {
        String nir = body + String.format("%02d", Nir.key(body));

        NirResult result = NirCheck.check(nir, NirContext.unknown());

        assertThat(result.errors()).isEmpty();
        assertThat(Nir.parse(nir).value()).isEqualTo(nir);
    }

    @Property
    void changingAnyOneCharacterToAnotherDigitFailsOnKeyOrFormat(
            @ForAll("validNirs") String nir,
            @ForAll @IntRange(min = 0, max = 14) int position,
            @ForAll @IntRange(min = 0, max = 9) int digit) {
        char replacement = (char) ('0' + digit);
        if (nir.charAt(position) == replacement) {
            return; // not a change
        }
        String changed = nir.substring(0, position) + replacement + nir.substring(position + 1);

        NirResult result = NirCheck.check(changed, NirContext.unknown());

        assertThat(result.hasError(NirIssue.Code.KEY) || result.hasError(NirIssue.Code.FORMAT))
                .as("%s changed to %s", nir, changed).isTrue();
    }

    @Property
    void theKeyIsAlwaysBetween1And97(@ForAll("validBodies") String body) {
        assertThat(Nir.key(body)).isBetween(1, 97);
    }

    @Property
    void theKeyIsBetween1And97ForAny13Digits(@ForAll @IntRange(min = 0, max = 99_999) int high,
                                             @ForAll @IntRange(min = 0, max = 99_999_999) int low) {
        String body = String.format("%05d%08d", high, low);

        assertThat(Nir.key(body)).isBetween(1, 97);
    }

    @Property
    void normalisationIsIdempotent(@ForAll @StringLength(max = 30) String anything) {
        String once = Nir.normalise(anything);

        assertThat(Nir.normalise(once)).isEqualTo(once);
    }

    @Property
    void normalisationIgnoresSpacesDotsAndLowerCase(@ForAll("validNirs") String nir,
                                                    @ForAll("separators") java.util.List<String> separators) {
        StringBuilder typed = new StringBuilder();
        for (int i = 0; i < nir.length(); i++) {
            typed.append(separators.get(i % separators.size()));
            typed.append(nir.charAt(i));
        }
        String lowerCased = typed.toString().toLowerCase(Locale.ROOT);

        assertThat(Nir.normalise(lowerCased)).isEqualTo(nir);
        NirResult result = NirCheck.check(lowerCased, NirContext.unknown());
        assertThat(result.normalised()).isEqualTo(nir);
        assertThat(result.errors()).isEmpty();
    }

    @Provide
    Arbitrary<java.util.List<String>> separators() {
        return Arbitraries.of("", " ", ".", "  ", ". ", "\u00a0", "\t").list().ofMinSize(1).ofMaxSize(15);
    }

    @Property
    void theDisplayFormatReadsBackAsTheSameNir(@ForAll("validNirs") String nir) {
        Nir parsed = Nir.parse(nir);

        assertThat(parsed.display()).hasSize(21).matches("\\S \\d{2} \\d{2} \\S{2} \\d{3} \\d{3} \\d{2}");
        assertThat(Nir.parse(parsed.display())).isEqualTo(parsed);
    }

    @Property
    void theMaskNeverShowsBirthplaceOrderOrKey(@ForAll("validNirs") String nir) {
        String masked = Nir.mask(nir);

        assertThat(masked).isEqualTo(nir.charAt(0) + " " + nir.substring(1, 3) + " " + nir.substring(3, 5)
                + " ** *** *** **");
    }
}
