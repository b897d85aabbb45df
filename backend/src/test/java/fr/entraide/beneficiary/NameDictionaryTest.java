package fr.entraide.beneficiary;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The typo tier's look-alikes, computed in memory, must be those PostgreSQL's pg_trgm would give. */
@QuarkusTest
class NameDictionaryTest {

    @Inject
    EntityManager em;

    private static final List<String> WORDS = List.of("lefevre", "lefebvre", "lefort", "lefranc", "dupont", "dupond", "duponchel",
            "jean", "jeanne", "jeannine", "marie", "mario", "nguyen", "ngo", "oconnor", "mueller", "muller", "da", "silva", "x", "aaa",
            "abab", "zoe", "h2o");

    @Test
    void similarityIsPgTrgmsForEveryPairOfWords() {
        for (String a : WORDS) {
            for (String b : List.of("lefebre", "dupond", "jeane", "mari", "muler", "a", "aaaa", "silvaa", "ngyuen", "h20")) {
                float postgres = ((Number) em.createNativeQuery("select similarity(?1, ?2)").setParameter(1, a).setParameter(2, b)
                        .getSingleResult()).floatValue();
                assertThat(NameDictionary.similarity(a, b)).as(a + " ~ " + b).isEqualTo(postgres);
            }
        }
    }

    @Test
    void lookAlikesAreTheMostSimilarWordsTheTypedOneDoesNotBegin() {
        var snapshot = new NameDictionary.Snapshot(WORDS.toArray(String[]::new), java.util.Map.of(), Instant.now());
        assertThat(snapshot.lookAlikes("lefebre", 5)).startsWith("lefebvre", "lefevre").doesNotContain("dupont", "lefort");
        assertThat(snapshot.lookAlikes("dupon", 5)).as("words it begins are not look-alikes").doesNotContain("dupont", "dupond")
                .isEmpty();
        assertThat(snapshot.lookAlikes("jeane", 2)).containsExactly("jeanne", "jean");
        assertThat(snapshot.lookAlikes("qqqq", 5)).isEmpty();
    }

    @Test
    void lookAlikesAreThoseOfTheDatabaseQuery() {
        var snapshot = new NameDictionary.Snapshot(WORDS.toArray(String[]::new), java.util.Map.of(), Instant.now());
        for (String typed : List.of("lefebre", "jeane", "mari", "muler", "dupond", "ngyuen", "silvaa")) {
            @SuppressWarnings("unchecked")
            List<String> postgres = em.createNativeQuery("select word from unnest(cast(?1 as text[])) as w(word) "
                    + "where word % ?2 and not starts_with(word, ?2) order by similarity(word, ?2) desc, word collate \"C\" limit 5")
                    .setParameter(1, WORDS.toArray(String[]::new)).setParameter(2, typed).getResultList();
            assertThat(snapshot.lookAlikes(typed, 5)).as(typed).isEqualTo(postgres);
        }
    }
}
