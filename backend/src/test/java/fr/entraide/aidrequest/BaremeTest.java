package fr.entraide.aidrequest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class BaremeTest {

    private static final Bareme RESTE_A_VIVRE = new Bareme(Bareme.Basis.RESTE_A_VIVRE_JOUR,
            List.of(new Bareme.Bracket(500, 30_000), new Bareme.Bracket(800, 20_000), new Bareme.Bracket(1_200, 10_000)));

    @Test
    void aSinglePersonWithLittleLeftGetsTheHighestBracket() {
        // (980 € − 850 €) ÷ 1 ÷ 30 = 4,33 € a day
        var result = RESTE_A_VIVRE.apply(new Bareme.Household(98_000, 85_000, false, 0, 0));
        assertThat(result.basisValueCents()).isEqualTo(433);
        assertThat(result.amountCents()).isEqualTo(30_000);
        assertThat(result.explanation()).contains("980,00 €", "850,00 €", "4,33 €", "300,00 €");
    }

    @Test
    void aFamilyIsDividedByItsPersons() {
        // (2 400 € − 1 200 €) ÷ 4 ÷ 30 = 10,00 € a day → third bracket
        var result = RESTE_A_VIVRE.apply(new Bareme.Household(240_000, 120_000, true, 2, 0));
        assertThat(result.basisValueCents()).isEqualTo(1_000);
        assertThat(result.amountCents()).isEqualTo(10_000);
    }

    @Test
    void aboveTheLastBracketThereIsNoAid() {
        var result = RESTE_A_VIVRE.apply(new Bareme.Household(300_000, 50_000, false, 0, 0));
        assertThat(result.amountCents()).isZero();
        assertThat(result.explanation()).contains("pas d'aide");
    }

    @Test
    void theQuotientFamilialCountsCafParts() {
        Bareme qf = new Bareme(Bareme.Basis.QUOTIENT_FAMILIAL, List.of(new Bareme.Bracket(50_000, 15_000)));
        assertThat(new Bareme.Household(0, 0, true, 3, 0).parts()).isEqualTo(4.0);
        assertThat(new Bareme.Household(0, 0, false, 1, 0).parts()).isEqualTo(2.0);
        var result = qf.apply(new Bareme.Household(180_000, 0, true, 2, 0));
        assertThat(result.basisValueCents()).isEqualTo(60_000);
        assertThat(result.amountCents()).isZero();
        assertThat(qf.apply(new Bareme.Household(180_000, 0, true, 3, 0)).amountCents()).isEqualTo(15_000);
    }
}
