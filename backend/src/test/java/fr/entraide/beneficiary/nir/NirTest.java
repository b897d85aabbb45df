package fr.entraide.beneficiary.nir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

class NirTest {

    @Test
    void parsesATypedNirIntoItsNormalisedValue() {
        Nir nir = Nir.parse("2 41 03 76 540 123 31");

        assertThat(nir.value()).isEqualTo("241037654012331");
        assertThat(nir.display()).isEqualTo("2 41 03 76 540 123 31");
        assertThat(nir.isProvisional()).isFalse();
    }

    @Test
    void rejectsAWrongKeyWithTheFrenchMessage() {
        assertThatIllegalArgumentException().isThrownBy(() -> Nir.parse("2 41 03 76 540 123 32"))
                .withMessage("La clé du NIR ne correspond pas : 31 attendu, 32 saisi.");
    }

    @Test
    void rejectsAMalformedNir() {
        assertThatIllegalArgumentException().isThrownBy(() -> Nir.parse("1 50 07 2C 004 012 71"))
                .withMessageContaining("2A ou 2B");
    }

    @Test
    void rejectsAValueThatIsNotNormalised() {
        assertThatIllegalArgumentException().isThrownBy(() -> new Nir("2 41 03 76 540 123 31"));
    }

    @Test
    void masksEverythingAfterTheMonthOfBirth() {
        assertThat(Nir.mask("241037654012331")).isEqualTo("2 41 03 ** *** *** **");
        assertThat(Nir.mask("2 41 03 76 540 123 31")).isEqualTo("2 41 03 ** *** *** **");
        assertThat(Nir.parse("1 50 07 2A 004 012 71").masked()).isEqualTo("1 50 07 ** *** *** **");
    }

    @Test
    void masksAnIncompleteValueCompletely() {
        assertThat(Nir.mask("2410376")).isEqualTo("* ** ** ** *** *** **");
        assertThat(Nir.mask(null)).isEqualTo("* ** ** ** *** *** **");
    }

    @Test
    void neverPrintsTheFullNumberInToString() {
        assertThat(Nir.parse("2 41 03 76 540 123 31").toString()).doesNotContain("76540").contains("2 41 03 **");
    }

    @Test
    void computesTheKeyWithCorsicaSubstitutions() {
        assertThat(Nir.key("150072A004012")).isEqualTo(97 - (int) (1500719004012L % 97));
        assertThat(Nir.key("150072B004012")).isEqualTo(97 - (int) (1500718004012L % 97));
    }

    @Test
    void resultOffersTheValueOnlyWhenValid() {
        assertThat(NirCheck.check("2 41 03 76 540 123 31", NirContext.unknown()).nir())
                .contains(Nir.parse("241037654012331"));
        assertThat(NirCheck.check("2 41 03 76 540 123 32", NirContext.unknown()).nir()).isEmpty();
    }
}
