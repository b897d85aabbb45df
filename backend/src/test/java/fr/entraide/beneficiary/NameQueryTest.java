package fr.entraide.beneficiary;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The full-text queries a name search sends, from the typed words and the dictionary's answers. */
class NameQueryTest {

    @Test
    void eachWordBecomesTheWordsItBegins() {
        assertThat(BeneficiaryService.exactQuery(List.of("martin", "jean"),
                List.of(List.of("martin", "martine"), List.of("jean", "jeanne"))))
                .containsExactly("('martin' | 'martine')", "('jean' | 'jeanne')");
    }

    @Test
    void aWordThatBeginsTooManyWordsStaysAPrefixAndOneThatBeginsNoneMatchesNothing() {
        assertThat(BeneficiaryService.exactQuery(List.of("m", "rose"), java.util.Arrays.asList(null, List.of("rose"))))
                .containsExactly("'m':*", "('rose')");
        assertThat(BeneficiaryService.exactQuery(List.of("martni", "jean"), List.of(List.of(), List.of("jean")))).isNull();
    }

    @Test
    void aWordThatBeginsNoWordIsReplacedByItsLookAlikesAndTheOthersStayAsTyped() {
        assertThat(BeneficiaryService.nearQuery(List.of("martni", "jean"), List.of(List.of(), List.of("jean", "jeanne")),
                List.of(List.of("martin", "marti"), List.of("jeanine")))).containsExactly(List.of("('martin' | 'marti')", "('jean' | 'jeanne')"));
        assertThat(BeneficiaryService.nearQuery(List.of("martni", "jaen"), List.of(List.of(), List.of()),
                List.of(List.of("martin"), List.of("jean")))).containsExactly(List.of("('martin')", "('jean')"));
        // A typo without look-alikes: nothing can match.
        assertThat(BeneficiaryService.nearQuery(List.of("zq", "rose"), List.of(List.of(), List.of("rose")),
                List.of(List.of(), List.of("rosa")))).isNull();
    }

    @Test
    void whenEveryWordIsAWordOneAtATimeIsReplaced() {
        assertThat(BeneficiaryService.nearQuery(List.of("lefevre", "eloise"), List.of(List.of("lefevre"), List.of("eloise")),
                List.of(List.of("lefebvre", "lefeuvre"), List.of("heloise")))).containsExactly(
                        List.of("('lefebvre' | 'lefeuvre')", "('eloise')"), List.of("('lefevre')", "('heloise')"));
        assertThat(BeneficiaryService.nearQuery(List.of("m", "rose"), java.util.Arrays.asList(null, List.of("rose")),
                List.of(List.of("mo"), List.of()))).containsExactly(List.of("('mo')", "('rose')"));
        assertThat(BeneficiaryService.nearQuery(List.of("rose"), List.of(List.of("rose")), List.of(List.of()))).isNull();
    }

    @Test
    void onlyAShortWordFollowedByAnotherIsAFinishedParticle() {
        assertThat(BeneficiaryService.finishedParticle(List.of("le", "guen"), 0)).isTrue();
        assertThat(BeneficiaryService.finishedParticle(List.of("l", "hermitte"), 0)).isTrue();
        assertThat(BeneficiaryService.finishedParticle(List.of("le", "guen"), 1)).isFalse();
        assertThat(BeneficiaryService.finishedParticle(List.of("dupont", "je"), 1)).isFalse();
        assertThat(BeneficiaryService.finishedParticle(List.of("jean", "dupont"), 0)).isFalse();
        assertThat(BeneficiaryService.finishedParticle(List.of("le"), 0)).isFalse();
    }

    @Test
    void quotesInAWordCannotBreakTheQuery() {
        assertThat(BeneficiaryService.exactQuery(List.of("d'arc"), List.of(List.of("d'arc")))).containsExactly("('d''arc')");
    }
}
