package fr.entraide.beneficiary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The words of each organisation's names (table name_word, kept by the search trigger), held in
 * memory to find the ones that look like a typed word: the typo tier of the name search.
 * <p>
 * Similarity is pg_trgm's: the share of distinct trigrams two words have in common, each word
 * padded with two spaces before and one after; a word looks like another from 0.3. In PostgreSQL
 * the dictionary is too small for its trigram index to be chosen, and comparing a typed word with
 * every word cost about a millisecond per word typed; here an inverted index of trigrams does it
 * in microseconds.
 * <p>
 * A snapshot is read again when this instance changes a name of the organisation (after the
 * commit), and at most {@link #MAX_AGE} after it was read, for names written by another instance
 * or by the seeding. Only look-alikes depend on it: the words a typed word begins are always read
 * from the table. The snapshot also holds how common the most common words are (PostgreSQL's
 * statistics), which only chooses how matches are read, never which.
 */
@ApplicationScoped
public class NameDictionary {

    static final Duration MAX_AGE = Duration.ofSeconds(60);

    /** pg_trgm.similarity_threshold, PostgreSQL's default. */
    static final float THRESHOLD = 0.3f;

    @Inject
    EntityManager em;

    @Inject
    TransactionSynchronizationRegistry transactions;

    @Inject
    Clock clock;

    private final Map<UUID, Snapshot> snapshots = new ConcurrentHashMap<>();

    /** For each typed word, up to {@code max} words that look like it and that it does not begin, most similar first. */
    public List<List<String>> corrections(UUID organisationId, List<String> words, int max) {
        Snapshot snapshot = snapshot(organisationId);
        List<List<String>> corrections = new ArrayList<>();
        for (String word : words) {
            corrections.add(snapshot.lookAlikes(word, max));
        }
        return corrections;
    }

    /**
     * The share of the names that have one of these words, as PostgreSQL's statistics of the
     * search table last counted it (all organisations; 0 for a word too rare to be listed there).
     * An estimate, to choose how to read matches, never to decide which ones.
     */
    public double frequency(UUID organisationId, List<String> words) {
        Map<String, Float> frequencies = snapshot(organisationId).frequencies;
        double sum = 0;
        for (String word : words) {
            sum += frequencies.getOrDefault(word, 0f);
        }
        return Math.min(1, sum);
    }

    /** Forgets the organisation's words once the current transaction is over (a name was written). */
    public void changed(UUID organisationId) {
        if (transactions.getTransactionKey() == null) {
            snapshots.remove(organisationId);
            return;
        }
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    snapshots.remove(organisationId);
                }
            }
        });
    }

    private Snapshot snapshot(UUID organisationId) {
        Instant now = clock.instant();
        Snapshot snapshot = snapshots.get(organisationId);
        if (snapshot == null || snapshot.readAt.plus(MAX_AGE).isBefore(now)) {
            @SuppressWarnings("unchecked")
            List<String> words = em.createNativeQuery("select word from name_word where organisation_id = ?1 order by word")
                    .setParameter(1, organisationId).getResultList();
            @SuppressWarnings("unchecked")
            List<Object[]> common = em.createNativeQuery("select e.word, e.frequency from pg_stats s, unnest("
                    + "s.most_common_elems::text::text[], s.most_common_elem_freqs) as e(word, frequency) where s.schemaname = "
                    + "current_schema() and s.tablename = 'beneficiary_search' and s.attname = 'search_words' and e.word is not null")
                    .getResultList();
            Map<String, Float> frequencies = new HashMap<>();
            common.forEach(row -> frequencies.put((String) row[0], ((Number) row[1]).floatValue()));
            snapshot = new Snapshot(words.toArray(String[]::new), frequencies, now);
            snapshots.put(organisationId, snapshot);
        }
        return snapshot;
    }

    /** The distinct trigrams of a word as pg_trgm makes them ("  w", " wo", "wor", …, "rd "), sorted. */
    static long[] trigrams(String word) {
        String padded = "  " + word + " ";
        long[] all = new long[padded.length() - 2];
        for (int i = 0; i < all.length; i++) {
            all[i] = ((long) padded.charAt(i) << 32) | ((long) padded.charAt(i + 1) << 16) | padded.charAt(i + 2);
        }
        return Arrays.stream(all).sorted().distinct().toArray();
    }

    /** pg_trgm's similarity of two words: common trigrams over all their distinct trigrams. */
    static float similarity(String a, String b) {
        long[] x = trigrams(a);
        long[] y = trigrams(b);
        int common = 0;
        for (int i = 0, j = 0; i < x.length && j < y.length;) {
            if (x[i] == y[j]) {
                common++;
                i++;
                j++;
            } else if (x[i] < y[j]) {
                i++;
            } else {
                j++;
            }
        }
        return similarity(common, x.length, y.length);
    }

    private static float similarity(int common, int a, int b) {
        return (float) common / (float) (a + b - common);
    }

    /** The words of one organisation and, for each trigram, the words that have it. */
    static final class Snapshot {
        final String[] words;
        final int[] sizes;
        final Map<Long, int[]> postings;
        final Map<String, Float> frequencies;
        final Instant readAt;

        Snapshot(String[] words, Map<String, Float> frequencies, Instant readAt) {
            this.words = words;
            this.frequencies = frequencies;
            this.readAt = readAt;
            this.sizes = new int[words.length];
            Map<Long, List<Integer>> lists = new HashMap<>();
            for (int w = 0; w < words.length; w++) {
                long[] grams = trigrams(words[w]);
                sizes[w] = grams.length;
                for (long gram : grams) {
                    lists.computeIfAbsent(gram, g -> new ArrayList<>()).add(w);
                }
            }
            this.postings = new HashMap<>();
            lists.forEach((gram, list) -> postings.put(gram, list.stream().mapToInt(Integer::intValue).toArray()));
        }

        List<String> lookAlikes(String typed, int max) {
            long[] grams = trigrams(typed);
            int[] common = new int[words.length];
            List<Integer> seen = new ArrayList<>();
            for (long gram : grams) {
                for (int w : postings.getOrDefault(gram, new int[0])) {
                    if (common[w]++ == 0) {
                        seen.add(w);
                    }
                }
            }
            record Candidate(String word, float similarity) {
            }
            List<Candidate> candidates = new ArrayList<>();
            for (int w : seen) {
                float similarity = similarity(common[w], grams.length, sizes[w]);
                if (similarity >= THRESHOLD && !words[w].startsWith(typed)) {
                    candidates.add(new Candidate(words[w], similarity));
                }
            }
            return candidates.stream()
                    .sorted(Comparator.comparing(Candidate::similarity).reversed().thenComparing(Candidate::word))
                    .limit(max).map(Candidate::word).toList();
        }
    }
}
