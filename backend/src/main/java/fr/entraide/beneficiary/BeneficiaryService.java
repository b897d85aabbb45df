package fr.entraide.beneficiary;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.entraide.audit.AuditLog;
import fr.entraide.beneficiary.BeneficiaryQuery.Kind;
import fr.entraide.beneficiary.Vocabulary.Status;
import fr.entraide.beneficiary.dto.BeneficiaryInput;
import fr.entraide.beneficiary.dto.BeneficiarySummary;
import fr.entraide.beneficiary.dto.BeneficiaryView;
import fr.entraide.beneficiary.dto.HistoryEntry;
import fr.entraide.beneficiary.dto.Parts;
import fr.entraide.beneficiary.nir.Nir;
import fr.entraide.common.NativeSql;
import fr.entraide.common.Page;
import fr.entraide.common.Problem.FieldError;
import fr.entraide.common.ProblemException;
import fr.entraide.common.ProblemType;
import fr.entraide.organisation.Agent;
import fr.entraide.organisation.OrganisationCommune;
import fr.entraide.referentiel.Referentiel;
import fr.entraide.referentiel.dto.RefCommuneView;
import fr.entraide.security.AccessScope;
import fr.entraide.security.CallerScope;
import fr.entraide.security.Role;
import fr.entraide.security.crypto.FieldCipher;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.Period;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** The beneficiary file: create, read (audited), update with history, archive, search. */
@ApplicationScoped
public class BeneficiaryService {

    static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final String ENCRYPTED = "(valeur chiffrée)";

    @Inject
    CallerScope caller;

    @Inject
    FieldCipher cipher;

    @Inject
    Referentiel referentiel;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    @Inject
    ObjectMapper mapper;

    @Inject
    EntityManager em;

    @Inject
    NameDictionary dictionary;

    @Inject
    NativeSql sql;

    // ---------------------------------------------------------------- commands

    @Transactional
    public BeneficiaryView create(BeneficiaryInput input) {
        caller.require(Role.ADMIN, Role.INSTRUCTEUR, Role.ACCUEIL);
        AccessScope scope = caller.access();
        Checked checked = check(input, scope, null);
        List<Duplicate> duplicates = duplicates(scope.organisationId(), checked.nir, input, null);
        boolean overridden = input.duplicateReason() != null && !input.duplicateReason().isBlank();
        if (!duplicates.isEmpty() && !overridden) {
            throw duplicateProblem(duplicates, scope);
        }
        Beneficiary b = new Beneficiary();
        b.id = UUID.randomUUID();
        b.organisationId = scope.organisationId();
        b.status = Status.ACTIVE;
        b.createdAt = clock.instant();
        b.createdBy = caller.agentId();
        apply(b, input, checked, true);
        if (!duplicates.isEmpty()) {
            b.duplicateReason = input.duplicateReason().trim();
        }
        b.persist();
        em.flush();
        dictionary.changed(b.organisationId);
        recordChange(b, "fiche", null, mapper.getNodeFactory().textNode("créée"));
        Map<String, Object> details = new LinkedHashMap<>();
        if (!duplicates.isEmpty()) {
            details.put("duplicateOf", duplicates.stream().map(d -> d.id().toString()).toList());
            details.put("duplicateReasonGiven", true);
        }
        audit.agent(b.organisationId, caller.agentId(), "BENEFICIARY_CREATED", "beneficiary", b.id.toString(), details);
        return view(b, scope, checked.warnings);
    }

    /**
     * Outside a transaction (read-only; the event that the record was read is written by the very
     * statement that reads it, atomic on its own): no BEGIN and COMMIT round trips, no work for the
     * transaction manager. Joins the caller's transaction when there is one.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public BeneficiaryView get(UUID id) {
        AccessScope scope = caller.access();
        Beneficiary b = readAudited(id, scope);
        return view(b, scope, List.of());
    }

    @Transactional
    public BeneficiaryView update(UUID id, int expectedVersion, BeneficiaryInput input) {
        caller.require(Role.ADMIN, Role.INSTRUCTEUR, Role.ACCUEIL);
        AccessScope scope = caller.access();
        Beneficiary b = find(id, scope);
        if (b.status == Status.ANONYMISED) {
            throw ProblemException.conflict("Cette fiche a été anonymisée : elle ne peut plus être modifiée.");
        }
        if (b.version != expectedVersion) {
            throw new ProblemException(ProblemType.PRECONDITION_FAILED, "La fiche a été modifiée par quelqu'un d'autre "
                    + "(version " + b.version + ", vous modifiiez la version " + expectedVersion
                    + ") : rechargez-la, vos saisies ne sont pas perdues côté navigateur.",
                    List.of(), Map.of("ETag", etag(b.version)));
        }
        Checked checked = check(input, scope, b);
        if (checked.nir != null) {
            List<Duplicate> sameNir = duplicates(b.organisationId, checked.nir, null, b.id);
            if (!sameNir.isEmpty()) {
                ProblemException problem = new ProblemException(ProblemType.DUPLICATE,
                        "Ce NIR est déjà celui d'une autre fiche : vérifiez-le, ou rapprochez les deux fiches.",
                        List.of(new FieldError("nir", "NIR déjà enregistré pour une autre personne.")), Map.of());
                Duplicate other = sameNir.get(0);
                boolean visible = other.communeCode() == null ? !scope.restrictedToCommunes() : scope.mayActOnCommune(other.communeCode());
                throw visible ? problem.withExistingId(other.id()) : problem;
            }
        }
        JsonNode before = historyDocument(b);
        List<String> names = Arrays.asList(b.birthName, b.usageName, b.firstNames);
        apply(b, input, checked, false);
        if (!names.equals(Arrays.asList(b.birthName, b.usageName, b.firstNames))) {
            dictionary.changed(b.organisationId);
        }
        b.updatedAt = clock.instant();
        b.updatedBy = caller.agentId();
        em.flush();
        JsonNode after = historyDocument(b);
        List<FieldDiff.Change> changes = FieldDiff.between(before, after);
        for (FieldDiff.Change change : changes) {
            recordChange(b, change.field(), change.before(), change.after());
        }
        audit.agent(b.organisationId, caller.agentId(), "BENEFICIARY_UPDATED", "beneficiary", b.id.toString(),
                Map.of("fields", changes.size(), "version", b.version));
        return view(b, scope, checked.warnings);
    }

    @Transactional
    public BeneficiaryView setArchived(UUID id, boolean archived) {
        caller.require(Role.ADMIN, Role.INSTRUCTEUR);
        AccessScope scope = caller.access();
        Beneficiary b = find(id, scope);
        if (b.status == Status.ANONYMISED) {
            throw ProblemException.conflict("Cette fiche a été anonymisée.");
        }
        Status target = archived ? Status.ARCHIVED : Status.ACTIVE;
        if (b.status != target) {
            JsonNode before = mapper.getNodeFactory().textNode(b.status.name());
            b.status = target;
            b.archivedAt = archived ? clock.instant() : null;
            b.updatedAt = clock.instant();
            b.updatedBy = caller.agentId();
            em.flush();
            recordChange(b, "status", before, mapper.getNodeFactory().textNode(target.name()));
            audit.agent(b.organisationId, caller.agentId(), archived ? "BENEFICIARY_ARCHIVED" : "BENEFICIARY_RESTORED",
                    "beneficiary", b.id.toString(), Map.of());
        }
        return view(b, scope, List.of());
    }

    // ---------------------------------------------------------------- queries

    public List<HistoryEntry> history(UUID id) {
        AccessScope scope = caller.access();
        Beneficiary b = find(id, scope);
        List<BeneficiaryChange> rows = BeneficiaryChange.list("beneficiaryId = ?1 order by id", b.id);
        Map<UUID, String> names = new HashMap<>();
        rows.stream().map(r -> r.agentId).filter(Objects::nonNull).distinct()
                .forEach(agentId -> {
                    Agent agent = Agent.findById(agentId);
                    names.put(agentId, agent == null ? null : agent.firstName + " " + agent.lastName);
                });
        Map<Integer, List<BeneficiaryChange>> byVersion = rows.stream()
                .collect(Collectors.groupingBy(r -> r.version, LinkedHashMap::new, Collectors.toList()));
        List<HistoryEntry> entries = new ArrayList<>();
        byVersion.forEach((version, changes) -> {
            BeneficiaryChange first = changes.get(0);
            entries.add(new HistoryEntry(version, first.changedAt, first.agentId, names.get(first.agentId),
                    changes.stream().map(c -> new HistoryEntry.FieldChange(c.field, json(c.beforeValue), json(c.afterValue)))
                            .toList()));
        });
        java.util.Collections.reverse(entries);
        return entries;
    }

    /** Above this many matches, a search says "more than" instead of counting them all. */
    static final int COUNT_CAP = 1000;

    /**
     * Above this many matches, a name search says "more than": an agent refines a name rather than
     * paging through ten pages of Martin, and counting further would cost more than the search.
     */
    static final int NAME_COUNT_CAP = 200;

    private static final String FROM_SEARCH = " from beneficiary_search b where ";

    /**
     * Names walked in order, at most, to find the first of many matches: a few milliseconds; it
     * finds a page when one name in five hundred matches.
     */
    static final int WALK = 10_000;

    /** From this estimated share of matching names, the first matches are looked for by walking the names in order. */
    static final double WALK_DENSITY = 0.003;

    /** The share of names guessed to begin a word with a typed word that begins too many words to list. */
    static final double PREFIX_DENSITY = 0.05;

    /** Typed words beyond this many are ignored. */
    static final int MAX_WORDS = 6;

    /** A typed word that begins more dictionary words than this is searched as a prefix instead. */
    static final int MAX_EXPANSIONS = 32;

    /** Typo candidates kept per typed word (trigram similarity ≥ 0.3 in the dictionary of words). */
    static final int MAX_CORRECTIONS = 5;

    /**
     * Searches the file. A name search runs on the narrow table beneficiary_search in two tiers:
     * first every typed word as the beginning of a word of the name, in any order; then, only when
     * that does not fill the page, the same with words that look like the typed ones (typos,
     * Lefebvre for Lefèvre), most similar first. See {@link #searchNames}. Read-only, outside a
     * transaction like {@link #get} (each statement sees the latest commits, as it would in one
     * at READ COMMITTED).
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<BeneficiarySummary> search(BeneficiaryQuery query) {
        AccessScope scope = caller.access();
        AccessScope.ScopeClause clause = scope.clause("b.organisation_id", "b.commune_code");
        StringBuilder conditions = new StringBuilder(clause.jpql());
        Map<String, Object> params = new HashMap<>(clause.params());
        Status status = BeneficiaryQuery.statusOf(query.status());
        if (status != null) {
            conditions.append(" and b.status = :status");
            params.put("status", status.name());
        } else {
            conditions.append(" and b.status <> 'ANONYMISED'");
        }
        filters(query, conditions, params);
        Kind kind = query.kind();
        Typed typed = kind == Kind.NAME ? typed(scope.organisationId(), query.text()) : Typed.NONE;
        if (kind == Kind.NAME && typed.words().isEmpty()) {
            kind = Kind.NONE;
        }
        switch (kind) {
            case NIR -> {
                String nir = query.nir();
                if (nir.length() == 13) {
                    nir = nir + String.format("%02d", Nir.key(nir));
                }
                conditions.append(" and b.nir_index = :nirIndex");
                params.put("nirIndex", cipher.blindIndex(nir));
            }
            case BIRTH_DATE -> {
                conditions.append(" and b.birth_date = :birthDate");
                params.put("birthDate", query.birthDate().orElseThrow());
            }
            case PHONE -> {
                conditions.append(" and b.phone_digits like :phone");
                params.put("phone", query.phone() + "%");
            }
            case NAME -> {
                if (status == Status.ANONYMISED) {
                    return new Page<>(List.of(), 0, query.page(), query.size(), false);
                }
                // Walking the name index needs every condition to be on its columns.
                boolean walkable = query.hasOpenRequest() == null && query.referentAgentId() == null && query.gir() == null
                        && query.ageMin() == null && query.ageMax() == null;
                return searchNames(query, typed, scope.organisationId(), walkable, FROM_SEARCH + conditions, params);
            }
            case NONE -> {
            }
        }
        String where = " from beneficiary b where " + conditions;
        List<Object[]> rows = select(where, params, "null", order(query.effectiveSort()), (long) query.page() * query.size(), query.size());
        long total = count(where, params, COUNT_CAP);
        return new Page<>(summaries(rows), Math.min(total, COUNT_CAP), query.page(), query.size(), total > COUNT_CAP);
    }

    private static String order(BeneficiaryQuery.Sort sort) {
        return switch (sort) {
            case RELEVANCE, NAME -> "b.search_name, b.birth_date";
            case BIRTH_DATE -> "b.birth_date, b.search_name";
            case CREATED -> "b.created_at desc";
            case LAST_CONTACT -> "b.last_contact_on desc nulls last";
        };
    }

    /**
     * A name search, on the narrow copy of the file (beneficiary_search, kept by a trigger).
     * <ol>
     * <li>Each typed word is expanded, through the dictionary of the words of the organisation's
     * names (name_word), to the words it begins: exact words are cheap for the full-text index,
     * prefixes are not. By relevance, the names that begin with the first typed word come first,
     * read in name order from the covering btree (the first page of "martin" and its capped count
     * read two hundred index entries and twenty rows, not every Martin); then the other matches,
     * in name order.</li>
     * <li>Only to fill the page: each typed word may also be a word that looks like it (trigram
     * similarity in the dictionary: a letter dropped, doubled, swapped), ranked by how similar the
     * name is to what was typed.</li>
     * </ol>
     * Counts stop at {@link #NAME_COUNT_CAP}.
     */
    private Page<BeneficiarySummary> searchNames(BeneficiaryQuery query, Typed typed, UUID organisationId, boolean walkable,
            String where, Map<String, Object> base) {
        List<String> words = typed.words();
        List<List<String>> expansions = typed.expansions();
        long offset = (long) query.page() * query.size();
        int size = query.size();
        boolean byRelevance = query.effectiveSort() == BeneficiaryQuery.Sort.RELEVANCE;
        List<Object[]> rows = new ArrayList<>();
        long total = 0;
        List<String> exact = exactQuery(words, expansions);
        boolean wholeFirst = finishedParticle(words, 0) && List.of(words.get(0)).equals(expansions.get(0));
        if (exact != null) {
            Map<String, Object> params = new HashMap<>(base);
            String exactWhere = where + " and " + matching(exact, "tsq", params);
            List<NameRange> lead = List.of(new NameRange(words.get(0), wholeFirst));
            if (byRelevance) {
                Slice slice = leadsFirst(exactWhere, params, lead, "1.0", false, words.size() > 1,
                        walkable && density(organisationId, words, expansions) >= WALK_DENSITY ? organisationId : null, offset, size);
                rows.addAll(slice.rows());
                total = slice.total();
            } else {
                rows.addAll(selectMaterialised(exactWhere, params, "1.0", order(query.effectiveSort()), offset, size));
                total = offset == 0 && rows.size() < size ? rows.size() : count(exactWhere, params, NAME_COUNT_CAP);
            }
        }
        if (total < offset + size) {
            List<List<String>> corrections = dictionary.corrections(organisationId, words, MAX_CORRECTIONS);
            List<List<String>> near = nearQuery(words, expansions, corrections);
            if (near != null) {
                Map<String, Object> params = new HashMap<>(base);
                String nearWhere = where + " and " + matchingAny(near, params);
                if (exact != null) {
                    nearWhere += " and not (" + matching(exact, "tsq", params) + ")";
                }
                StringBuilder score = new StringBuilder("(0");
                for (int i = 0; i < words.size(); i++) {
                    score.append(" + word_similarity(:w").append(i).append(", b.search_name)");
                    params.put("w" + i, words.get(i));
                }
                score.append(") / ").append(words.size());
                // Names beginning with the first word as typed, then with its look-alikes, most alike first.
                List<NameRange> leads = new ArrayList<>();
                if (expansions.get(0) == null || !expansions.get(0).isEmpty()) {
                    leads.add(new NameRange(words.get(0), wholeFirst));
                }
                corrections.get(0).forEach(word -> leads.add(new NameRange(word, true)));
                long nearOffset = Math.max(0, offset - total);
                int limit = size - rows.size();
                if (byRelevance) {
                    Slice slice = leadsFirst(nearWhere, params, leads, score.toString(), true, words.size() > 1, null, nearOffset,
                            limit);
                    rows.addAll(slice.rows());
                    total += slice.total();
                } else {
                    int before = rows.size();
                    rows.addAll(selectMaterialised(nearWhere, params, score.toString(), order(query.effectiveSort()), nearOffset, limit));
                    total += offset == 0 && rows.size() < size ? rows.size() - before : count(nearWhere, params, NAME_COUNT_CAP);
                }
            }
        }
        return new Page<>(summaries(rows), Math.min(total, NAME_COUNT_CAP), query.page(), size, total > NAME_COUNT_CAP);
    }

    /** Names that begin with a word, as a whole word or as the beginning of one. */
    private record NameRange(String word, boolean whole) {

        String lo() {
            return whole ? word + " " : word;
        }

        String hi() {
            return whole ? word + "!" : word + Character.toString(Character.MAX_CODE_POINT);
        }
    }

    /** Some rows of a page, and how many matches there are in all (up to just above the cap). */
    private record Slice(List<Object[]> rows, long total) {
    }

    /**
     * A page of matches and their capped count: first the names that begin with each range in turn,
     * in name order, then the others, in name order or, when {@code scored}, most similar first.
     * <p>
     * With several typed words the matches are usually few (a surname and a first name): the
     * full-text index intersects the words and one statement ranks and counts them all. When there
     * are more than {@link #NAME_COUNT_CAP}, or with a single word, each range is read in name order
     * from the covering btree alone (cheap however many match), then the others through the
     * full-text index, ranked and counted in one statement while they are within the cap. Beyond
     * it only the rows of the page are read: when {@code walkable} (the organisation, given when
     * the matches are common and every condition is on the name index's columns) by walking the
     * names in order, else by reading the matches through the full-text index.
     */
    private Slice leadsFirst(String where, Map<String, Object> base, List<NameRange> ranges, String score, boolean scored,
            boolean fewLikely, UUID walkable, long offset, int size) {
        long wanted = offset + size;
        String restOrder = scored ? "score desc, b.search_name" : "b.search_name";
        if (fewLikely) {
            Slice all = selectRanked(where, base, ranges, score, scored, (int) wanted, NativeSql.Plan.REUSED);
            if (all.total() <= NAME_COUNT_CAP) {
                return new Slice(all.rows().subList((int) Math.min(offset, all.rows().size()), all.rows().size()), all.total());
            }
        }
        // Past a failed attempt the total is known to be above the cap: only the rows of the page are read.
        boolean overCap = fewLikely;
        List<Object[]> rows = new ArrayList<>();
        long counted = 0;
        Map<String, Object> params = new HashMap<>(base);
        StringBuilder outside = new StringBuilder();
        for (int i = 0; i < ranges.size() && (overCap ? rows.size() < wanted : counted <= NAME_COUNT_CAP); i++) {
            params.put("lo" + i, ranges.get(i).lo());
            params.put("hi" + i, ranges.get(i).hi());
            String range = "b.search_name >= :lo" + i + " and b.search_name < :hi" + i;
            int fetch = (int) Math.max(0, wanted - rows.size());
            int countUpTo = overCap ? fetch : NAME_COUNT_CAP + 1 - (int) counted;
            if (fetch == 0) {
                counted += count(where + " and " + range, params, countUpTo - 1);
            } else {
                Slice slice = selectInNameOrder(where + " and " + range, params, score, fetch, countUpTo);
                rows.addAll(slice.rows());
                counted += slice.total();
            }
            outside.append(" and not (").append(range).append(")");
        }
        int fetch = (int) Math.max(0, wanted - rows.size());
        if (!overCap && counted <= NAME_COUNT_CAP) {
            if (fetch == 0) {
                counted += count(where + outside, params, NAME_COUNT_CAP - (int) counted);
                return new Slice(rows.subList((int) Math.min(offset, rows.size()), rows.size()), counted);
            }
            // The others, ranked and counted in one statement while they are within the cap.
            Slice others = selectRanked(where + outside, params, List.of(), score, scored, fetch, NativeSql.Plan.FOR_VALUES);
            if (counted + others.total() <= NAME_COUNT_CAP) {
                rows.addAll(others.rows());
                return new Slice(rows.subList((int) Math.min(offset, rows.size()), rows.size()), counted + others.total());
            }
            overCap = true;
        }
        if (overCap && fetch > 0) {
            // Many others, in name order (every Germaine, not only the surnames Germaine): the first of them are
            // met early walking the name index, whereas reading them all to sort them costs one row each.
            List<Object[]> walked = !scored && walkable != null ? selectWalking(where + outside, params, walkable, fetch) : List.of();
            rows.addAll(walked.size() == fetch ? walked : selectMaterialised(where + outside, params, score, restOrder, 0, fetch));
        }
        return new Slice(rows.subList((int) Math.min(offset, rows.size()), rows.size()), overCap ? NAME_COUNT_CAP + 1 : counted);
    }

    /**
     * The share of the names estimated to match every typed word, from the statistics of the
     * words, to choose how to read the matches: as if the words were independent, but at least the
     * share of a word every typed word may be (marie marie).
     */
    private double density(UUID organisationId, List<String> words, List<List<String>> expansions) {
        double density = 1;
        Set<String> shared = null;
        for (int i = 0; i < words.size(); i++) {
            List<String> these = expansions.get(i);
            density *= these == null ? PREFIX_DENSITY : dictionary.frequency(organisationId, these);
            if (these == null) {
                continue;
            }
            if (shared == null) {
                shared = new HashSet<>(these);
            } else {
                shared.retainAll(these);
            }
        }
        return shared == null ? density : Math.max(density, dictionary.frequency(organisationId, List.copyOf(shared)));
    }

    /** The words typed, as the index stores them, and for each the words of the dictionary it begins. */
    private record Typed(List<String> words, List<List<String>> expansions) {
        static final Typed NONE = new Typed(List.of(), List.of());
    }

    /**
     * The typed text normalised like the names (entraide_normalise), split like to_tsvector splits
     * them (on anything not a letter or a digit), at most {@link #MAX_WORDS} words, and for each
     * word the words of the dictionary (name_word) it begins, in one statement. A word that begins
     * more than {@link #MAX_EXPANSIONS} has none (null: the index is asked for the prefix itself);
     * a {@linkplain #finishedParticle finished particle} has only itself when it is a word.
     */
    private Typed typed(UUID organisationId, String text) {
        String select = "select t.n, t.word, e.word from (select s.word, s.n"
                + " from regexp_split_to_table(entraide_normalise(:text), '[^[:alnum:]]+') with ordinality s(word, n)"
                + " where s.word <> '' order by s.n limit " + MAX_WORDS + ") t left join lateral (select w.word from name_word w"
                + " where w.organisation_id = :org and w.word >= t.word collate \"C\" and w.word < (t.word || chr(1114111)) collate \"C\""
                + " order by w.word limit " + (MAX_EXPANSIONS + 1) + ") e on true order by t.n, e.word";
        List<String> words = new ArrayList<>();
        List<List<String>> expansions = new ArrayList<>();
        Object previous = null;
        for (Object[] row : sql.rows(select, Map.of("text", text, "org", organisationId))) {
            if (!row[0].equals(previous)) {
                previous = row[0];
                words.add((String) row[1]);
                expansions.add(new ArrayList<>());
            }
            if (row[2] != null) {
                expansions.get(expansions.size() - 1).add((String) row[2]);
            }
        }
        for (int i = 0; i < words.size(); i++) {
            // In word order, so the word itself comes first when it is one.
            if (finishedParticle(words, i) && !expansions.get(i).isEmpty() && expansions.get(i).get(0).equals(words.get(i))) {
                expansions.set(i, List.of(words.get(i)));
            } else if (expansions.get(i).size() > MAX_EXPANSIONS) {
                expansions.set(i, null);
            }
        }
        return new Typed(words, expansions);
    }

    /**
     * The full-text queries of the first tier, one per typed word: the words it begins (or the
     * prefix itself when it begins too many); null when a word begins none, so nothing can match.
     * Each becomes its own condition, so its own key of the full-text index: the index then
     * intersects the keys by skipping, where a single query of several words made it test every
     * candidate of every alternative against every word (five to ten times slower for common names).
     */
    static List<String> exactQuery(List<String> words, List<List<String>> expansions) {
        List<String> terms = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            List<String> these = expansions.get(i);
            if (these != null && these.isEmpty()) {
                return null;
            }
            terms.add(these == null ? lexeme(words.get(i)) + ":*" : alternatives(these));
        }
        return terms;
    }

    /**
     * The full-text queries of the second tier, one list per way of reading the typed words (a
     * name matches when it matches every query of one of them); null when there is none (nothing
     * the first tier missed).
     * <ul>
     * <li>When some typed words begin no word of the dictionary (a typo: martni), only those are
     * replaced by their look-alikes; the others stay as typed.</li>
     * <li>When every typed word is a word (lefevre for Lefebvre), one of them at a time is replaced
     * by its look-alikes, the others as typed: one slip, not every word changed at once (Oliveira
     * Éloïse is not a near miss of olivier elise), and five times fewer matches to rank.</li>
     * </ul>
     */
    static List<List<String>> nearQuery(List<String> words, List<List<String>> expansions, List<List<String>> corrections) {
        List<Integer> unknown = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            if (expansions.get(i) != null && expansions.get(i).isEmpty()) {
                unknown.add(i);
            }
        }
        List<List<String>> readings = new ArrayList<>();
        if (!unknown.isEmpty()) {
            if (unknown.stream().anyMatch(i -> corrections.get(i).isEmpty())) {
                return null;
            }
            readings.add(reading(words, expansions, corrections, unknown));
        } else {
            for (int i = 0; i < words.size(); i++) {
                if (!corrections.get(i).isEmpty()) {
                    readings.add(reading(words, expansions, corrections, List.of(i)));
                }
            }
        }
        return readings.isEmpty() ? null : readings;
    }

    /** The typed words, those at {@code replaced} by their look-alikes, the others as in the first tier. */
    private static List<String> reading(List<String> words, List<List<String>> expansions, List<List<String>> corrections,
            List<Integer> replaced) {
        List<String> terms = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            List<String> these = expansions.get(i);
            terms.add(replaced.contains(i) ? alternatives(corrections.get(i))
                    : these == null ? lexeme(words.get(i)) + ":*" : alternatives(these));
        }
        return terms;
    }

    /** The condition that a name matches one of the readings (each its own keys of the full-text index). */
    private static String matchingAny(List<List<String>> readings, Map<String, Object> params) {
        if (readings.size() == 1) {
            return matching(readings.get(0), "near0w", params);
        }
        StringBuilder sql = new StringBuilder("(");
        for (int r = 0; r < readings.size(); r++) {
            sql.append(r == 0 ? "(" : " or (").append(matching(readings.get(r), "near" + r + "w", params)).append(")");
        }
        return sql.append(")").toString();
    }

    /** The conditions that a name matches every query ({@code b.search_words @@ …}), their parameters named prefix0, prefix1… */
    private static String matching(List<String> terms, String prefix, Map<String, Object> params) {
        StringBuilder sql = new StringBuilder();
        for (int i = 0; i < terms.size(); i++) {
            sql.append(i == 0 ? "" : " and ").append("b.search_words @@ to_tsquery('simple', :").append(prefix).append(i).append(")");
            params.put(prefix + i, terms.get(i));
        }
        return sql.toString();
    }

    /**
     * A typed word followed by another one is finished: when it is this short (the particles of
     * Le Guen, De Luca, the l of L'Hermitte) it is taken as a whole word, not as the beginning of
     * the hundreds of words that begin with it.
     */
    static boolean finishedParticle(List<String> words, int i) {
        return i < words.size() - 1 && words.get(i).length() <= 2;
    }

    private static String alternatives(List<String> words) {
        return words.stream().distinct().map(BeneficiaryService::lexeme).collect(Collectors.joining(" | ", "(", ")"));
    }

    /** A word quoted for to_tsquery. */
    private static String lexeme(String word) {
        return "'" + word.replace("\\", "\\\\").replace("'", "''") + "'";
    }

    private void filters(BeneficiaryQuery query, StringBuilder where, Map<String, Object> params) {
        if (query.communeCode() != null) {
            where.append(" and b.commune_code = :commune");
            params.put("commune", query.communeCode());
        }
        if (query.hasOpenRequest() != null) {
            where.append(query.hasOpenRequest() ? " and exists" : " and not exists").append(
                    " (select 1 from aid_request r where r.beneficiary_id = b.id"
                            + " and r.status not in ('CLOSE', 'SANS_SUITE', 'REFUSEE', 'VERSEE'))");
        }
        if (query.referentAgentId() != null) {
            where.append(" and b.referent_agent_id = :referent");
            params.put("referent", query.referentAgentId());
        }
        if (query.gir() != null) {
            where.append(" and b.gir = :gir");
            params.put("gir", query.gir().shortValue());
        }
        LocalDate today = today();
        if (query.ageMin() != null) {
            where.append(" and b.birth_date <= :bornBefore");
            params.put("bornBefore", today.minusYears(query.ageMin()));
        }
        if (query.ageMax() != null) {
            where.append(" and b.birth_date > :bornAfter");
            params.put("bornAfter", today.minusYears(query.ageMax() + 1L));
        }
    }

    private List<Object[]> select(String where, Map<String, Object> params, String score, String order, long offset, int limit) {
        String select = ("select b.id, b.status, b.birth_name, b.usage_name, b.first_names, b.sex, "
                + "b.birth_date, b.commune_code, b.gir, b.referent_agent_id, " + score + " as score" + where
                + " order by " + order + ", b.id limit " + limit + " offset " + offset);
        return sql.rows(select, params);
    }

    /**
     * The first {@code limit} matches in name order and their number up to {@code countUpTo}: ids
     * read from the covering name index alone (the typed words checked on the index entries),
     * then the rows of the page.
     */
    private Slice selectInNameOrder(String where, Map<String, Object> params, String score, int limit, int countUpTo) {
        String select = ("with ids as (select b.id, b.search_name" + where + " order by b.search_name, b.id"
                + " limit " + Math.max(limit, countUpTo) + "), page as (select * from ids order by search_name, id limit " + limit
                + ") select b.id, b.status, b.birth_name, b.usage_name, b.first_names, b.sex, b.birth_date, b.commune_code, b.gir, "
                + "b.referent_agent_id, " + score + " as score, (select count(*) from (select 1 from ids limit " + countUpTo
                + ") c) as total from page join beneficiary_search b on b.id = page.id order by page.search_name, page.id");
        // Walking the name index suits a common name; for a rare one the full-text index does: planned for the values.
        List<Object[]> rows = sql.rows(select, params, NativeSql.Plan.FOR_VALUES);
        return new Slice(rows, rows.isEmpty() ? 0 : ((Number) rows.get(0)[11]).longValue());
    }

    /**
     * The first {@code limit} matches in name order, looked for among the first {@link #WALK}
     * names of the organisation, read from the covering name index alone; fewer when they are
     * rarer than that (then the caller reads them through the full-text index). {@code where} may
     * only test the columns of that index.
     */
    private List<Object[]> selectWalking(String where, Map<String, Object> base, UUID organisationId, int limit) {
        Map<String, Object> params = new HashMap<>(base);
        params.put("walkOrg", organisationId);
        String select = "select b.id, b.status, b.birth_name, b.usage_name, b.first_names, b.sex, b.birth_date, b.commune_code, "
                + "b.gir, b.referent_agent_id, 1.0 as score from (select b.id, b.search_name from (select b.id, b.search_name, "
                + "b.organisation_id, b.status, b.commune_code, b.search_words from beneficiary_search b where b.organisation_id = "
                + ":walkOrg order by b.search_name, b.id limit " + WALK + ") b where " + where.substring(FROM_SEARCH.length())
                + " order by b.search_name, b.id limit " + limit + ") page join beneficiary_search b on b.id = page.id"
                + " order by page.search_name, page.id";
        // Planned for its values: the typed words' queries then become constants, not parsed again for each name walked.
        return sql.rows(select, params, NativeSql.Plan.FOR_VALUES);
    }

    /**
     * All the matches through the full-text index, up to just above the cap, ranked as
     * {@link #leadsFirst} says (the range a name begins with, in order, then the others) and counted,
     * in one statement. Only meaningful when the count is within the cap: above it, the rows read
     * are any of the matches.
     */
    private Slice selectRanked(String where, Map<String, Object> base, List<NameRange> ranges, String score, boolean scored,
            int limit, NativeSql.Plan plan) {
        Map<String, Object> params = new HashMap<>(base);
        StringBuilder rank = new StringBuilder("case");
        for (int i = 0; i < ranges.size(); i++) {
            params.put("lo" + i, ranges.get(i).lo());
            params.put("hi" + i, ranges.get(i).hi());
            rank.append(" when b.search_name >= :lo").append(i).append(" and b.search_name < :hi").append(i).append(" then ").append(i);
        }
        rank = ranges.isEmpty() ? new StringBuilder("0") : rank.append(" else ").append(ranges.size()).append(" end");
        String restOrder = scored ? "case when s.rank = " + ranges.size() + " then s.score end desc nulls last, " : "";
        // The score (word similarity, costly) only for a set within the cap: above it the rows are thrown away.
        // A window count over a plain subquery: planned and run in half the time of materialised CTEs. With
        // two full-text conditions or more, its plan does not depend on the values (that index), and
        // PostgreSQL's generic plan, once the statement is prepared, saves planning it at each search.
        String select = ("select s.id, s.status, s.birth_name, s.usage_name, s.first_names, s.sex, s.birth_date, s.commune_code, "
                + "s.gir, s.referent_agent_id, s.score, s.total from (select b.*, count(*) over () as total, case when count(*) over () <= "
                + NAME_COUNT_CAP + " then " + score + " end as score from (select b.id, b.status, b.birth_name, b.usage_name, "
                + "b.first_names, b.sex, b.birth_date, b.commune_code, b.gir, b.referent_agent_id, b.search_name, " + rank + " as rank"
                + where + " limit " + (NAME_COUNT_CAP + 1) + ") b) s order by s.rank, " + restOrder + "s.search_name, s.id limit " + limit);
        List<Object[]> rows = sql.rows(select, params, plan);
        return new Slice(rows, rows.isEmpty() ? 0 : ((Number) rows.get(0)[11]).longValue());
    }

    /**
     * A page of the matches, read in full before sorting: for the full-text index, whereas the
     * planner may otherwise walk the name order index through a million rows for twenty.
     */
    private List<Object[]> selectMaterialised(String where, Map<String, Object> params, String score, String order, long offset,
            int limit) {
        String select = ("with m as materialized (select b.id, b.status, b.birth_name, b.usage_name, "
                + "b.first_names, b.sex, b.birth_date, b.commune_code, b.gir, b.referent_agent_id, b.search_name, b.created_at, "
                + "b.last_contact_on, " + score + " as score" + where + ") select b.id, b.status, b.birth_name, b.usage_name, "
                + "b.first_names, b.sex, b.birth_date, b.commune_code, b.gir, b.referent_agent_id, b.score from m b order by "
                + order + ", b.id limit " + limit + " offset " + offset);
        return sql.rows(select, params);
    }

    /** The number of matches, counted up to just above the cap. */
    private long count(String where, Map<String, Object> params, int cap) {
        return ((Number) sql.rows("select count(*) from (select 1" + where + " limit " + (cap + 1) + ") capped", params,
                NativeSql.Plan.FOR_VALUES).get(0)[0]).longValue();
    }

    private List<BeneficiarySummary> summaries(List<Object[]> rows) {
        LocalDate today = today();
        Map<String, String> communeNames = referentiel.communeNames(
                rows.stream().map(r -> (String) r[7]).filter(Objects::nonNull).collect(Collectors.toSet()));
        return rows.stream().map(r -> {
            LocalDate birth = toLocalDate(r[6]);
            return new BeneficiarySummary((UUID) r[0], Status.valueOf((String) r[1]), (String) r[2], (String) r[3],
                    (String) r[4], Vocabulary.Sex.valueOf((String) r[5]), birth, age(birth, today), (String) r[7],
                    r[7] == null ? null : communeNames.get((String) r[7]),
                    r[8] == null ? null : ((Number) r[8]).intValue(), (UUID) r[9],
                    r[10] == null ? null : Math.round(((Number) r[10]).doubleValue() * 1000) / 1000.0);
        }).toList();
    }

    // ---------------------------------------------------------------- rules with the database

    private record Checked(String nir, List<FieldError> warnings, boolean outsideTerritory) {
    }

    private Checked check(BeneficiaryInput input, AccessScope scope, Beneficiary existing) {
        BeneficiaryRules.Outcome outcome = BeneficiaryRules.check(input, today());
        List<FieldError> errors = new ArrayList<>(outcome.errors());
        List<FieldError> warnings = new ArrayList<>(outcome.warnings());
        if (input.birthPlace() != null && input.birthPlace().code() != null
                && !referentiel.isKnownBirthPlace(input.birthPlace().code())) {
            errors.add(new FieldError("birthPlace.code", "Le code " + input.birthPlace().code()
                    + " n'est ni une commune du Code officiel géographique ni un pays INSEE (99xxx)."));
        }
        boolean outside = false;
        Parts.Address address = input.address();
        String commune = address == null ? null : address.communeCode();
        if (commune != null) {
            var ref = referentiel.residenceCommune(commune);
            if (ref.isEmpty()) {
                errors.add(new FieldError("address.communeCode",
                        "Le code " + commune + " n'est pas celui d'une commune actuelle (code INSEE, pas code postal)."));
            } else {
                RefCommuneView c = ref.get();
                if (address.postcode() != null && !c.postcodes().contains(address.postcode())) {
                    errors.add(new FieldError("address.postcode", "Le code postal " + address.postcode()
                            + " ne correspond pas à " + c.name() + " (" + String.join(", ", c.postcodes()) + ")."));
                }
                boolean inTerritory = OrganisationCommune.findById(
                        new OrganisationCommune.Key(scope.organisationId(), commune)) != null;
                if (!inTerritory && !address.outsideTerritory()) {
                    errors.add(new FieldError("address.communeCode", c.name()
                            + " n'est pas une commune de votre organisation : cochez « hors territoire » si c'est voulu."));
                }
                outside = !inTerritory;
            }
        }
        if (scope.restrictedToCommunes()) {
            if (commune == null) {
                errors.add(new FieldError("address.communeCode",
                        "Indiquez la commune de résidence : un agent d'accueil enregistre les personnes de ses communes."));
            } else if (!scope.mayActOnCommune(commune)) {
                errors.add(new FieldError("address.communeCode", "Vous ne pouvez enregistrer que des personnes de vos communes."));
            }
        }
        if (input.referentAgentId() != null
                && Agent.count("id = ?1 and organisationId = ?2 and enabled = true", input.referentAgentId(),
                        scope.organisationId()) == 0) {
            errors.add(new FieldError("referentAgentId", "Ce référent n'est pas un agent actif de votre organisation."));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.validation(errors);
        }
        String nir = outcome.nir() == null ? null : outcome.nir().normalised();
        if (nir == null && existing != null && !seesNir(scope) && existing.nirCipher != null) {
            // A front-desk agent sees the NIR masked and sends none back: keep the stored one.
            nir = cipher.decrypt(existing.nirCipher, existing.id.toString());
        }
        return new Checked(nir, warnings, outside);
    }

    private record Duplicate(UUID id, String communeCode) {
    }

    private List<Duplicate> duplicates(UUID organisationId, String nir, BeneficiaryInput input, UUID exclude) {
        StringBuilder sql = new StringBuilder("select id, commune_code from beneficiary where organisation_id = :org "
                + "and status <> 'ANONYMISED' and (false");
        Map<String, Object> params = new HashMap<>();
        params.put("org", organisationId);
        if (nir != null) {
            sql.append(" or nir_index = :nir");
            params.put("nir", cipher.blindIndex(nir));
        }
        if (input != null) {
            sql.append(" or (birth_date = :birth and identity_key = entraide_normalise(:names))");
            params.put("birth", input.birthDate());
            params.put("names", input.birthName().trim() + " " + String.join(" ", input.firstNames()).trim());
        }
        sql.append(")");
        if (exclude != null) {
            sql.append(" and id <> :exclude");
            params.put("exclude", exclude);
        }
        Query query = em.createNativeQuery(sql.toString());
        params.forEach(query::setParameter);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        return rows.stream().map(r -> new Duplicate((UUID) r[0], (String) r[1])).toList();
    }

    private static ProblemException duplicateProblem(List<Duplicate> duplicates, AccessScope scope) {
        Duplicate first = duplicates.get(0);
        boolean visible = first.communeCode() == null ? !scope.restrictedToCommunes() : scope.mayActOnCommune(first.communeCode());
        ProblemException problem = new ProblemException(ProblemType.DUPLICATE, visible
                ? "Une fiche existe déjà pour cette personne (même NIR, ou même nom, prénoms et date de naissance). "
                        + "Ouvrez-la, ou créez quand même en indiquant la raison (duplicateReason)."
                : "Une fiche existe déjà pour cette personne dans une commune hors de votre périmètre. "
                        + "Rapprochez-vous d'un instructeur, ou créez quand même en indiquant la raison (duplicateReason).",
                List.of(new FieldError("duplicateReason", "Doublon probable : indiquez pourquoi créer une nouvelle fiche.")),
                Map.of());
        return visible ? problem.withExistingId(first.id()) : problem;
    }

    // ---------------------------------------------------------------- mapping

    private void apply(Beneficiary b, BeneficiaryInput in, Checked checked, boolean creating) {
        AccessScope scope = caller.access();
        b.birthName = in.birthName().trim();
        b.usageName = blankToNull(in.usageName());
        b.firstNames = in.firstNames().stream().map(String::trim).collect(Collectors.joining(" "));
        b.sex = in.sex();
        b.birthDate = in.birthDate();
        b.birthPlaceCode = in.birthPlace().code();
        b.birthPlaceLabel = blankToNull(in.birthPlace().label()) != null ? in.birthPlace().label().trim()
                : referentiel.birthPlaceLabel(in.birthPlace().code()).orElse(null);
        b.nationality = in.nationality();
        b.nirCipher = checked.nir == null ? null : cipher.encrypt(checked.nir, b.id.toString());
        b.nirIndex = checked.nir == null ? null : cipher.blindIndex(checked.nir);
        b.phone = blankToNull(in.phone());
        b.phoneDigits = b.phone == null ? null : BeneficiaryQuery.phoneDigits(b.phone);
        b.email = blankToNull(in.email());
        b.communeCode = in.address() == null ? null : in.address().communeCode();
        b.outsideTerritory = checked.outsideTerritory;
        b.gir = in.gir() == null ? null : in.gir().level().shortValue();
        b.referentAgentId = in.referentAgentId();
        if (seesNotes(scope)) {
            String notes = blankToNull(in.notes());
            b.notesCipher = notes == null ? null : cipher.encrypt(notes, b.id.toString());
        }
        b.rgpdInformedOn = in.rgpdInformedOn();
        b.lastContactOn = in.lastContactOn() != null ? in.lastContactOn() : creating ? today() : b.lastContactOn;
        BeneficiaryDetails details = new BeneficiaryDetails(in.residencePermit(), in.preferredContact(), in.address(),
                in.familySituation(), in.household(), in.resources(), in.charges(), in.pensionFunds(), in.benefitFund(),
                in.gir(), in.protection(), in.medecinTraitant(), in.personneDeConfiance(), in.aidant(),
                in.obligesAlimentaires());
        try {
            b.details = mapper.writeValueAsString(details);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        if (creating) {
            b.updatedAt = b.createdAt;
            b.updatedBy = b.createdBy;
        }
    }

    BeneficiaryView view(Beneficiary b, AccessScope scope, List<FieldError> warnings) {
        BeneficiaryDetails d = details(b);
        String nir = null;
        boolean masked = false;
        if (b.nirCipher != null) {
            String clear = cipher.decrypt(b.nirCipher, b.id.toString());
            masked = !seesNir(scope);
            nir = masked ? Nir.mask(clear) : Nir.parse(clear).display();
        }
        String notes = seesNotes(scope) && b.notesCipher != null ? cipher.decrypt(b.notesCipher, b.id.toString()) : null;
        long resources = d.resources().stream().mapToLong(Parts.Resource::monthlyAmountCents).sum();
        long charges = d.charges().stream().mapToLong(Parts.Charge::monthlyAmountCents).sum();
        long rav = resources - charges;
        int persons = 1 + d.household().size();
        String communeName = b.communeCode == null ? null : referentiel.communeNames(Set.of(b.communeCode)).get(b.communeCode);
        return new BeneficiaryView(b.id, b.status, b.version, b.birthName, b.usageName,
                Arrays.asList(b.firstNames.split(" ")), b.sex, b.birthDate, age(b.birthDate, today()),
                new Parts.BirthPlace(b.birthPlaceCode, b.birthPlaceLabel), b.nationality, d.residencePermit(), nir, masked,
                b.phone, b.email, d.preferredContact(), d.address(), communeName, d.familySituation(), d.household(),
                d.resources(), d.charges(), rav, Math.floorDiv(rav, persons * 30L), d.pensionFunds(), d.benefitFund(), d.gir(),
                d.protection(), d.medecinTraitant(), d.personneDeConfiance(), d.aidant(), d.obligesAlimentaires(),
                b.referentAgentId, notes, b.rgpdInformedOn, b.lastContactOn, b.createdAt, b.updatedAt,
                warnings == null || warnings.isEmpty() ? List.of() : warnings);
    }

    /** What the history compares: the record without derived fields, encrypted values as fingerprints. */
    private JsonNode historyDocument(Beneficiary b) {
        ObjectNode doc = mapper.valueToTree(details(b));
        doc.put("status", b.status.name());
        doc.put("birthName", b.birthName);
        doc.put("usageName", b.usageName);
        doc.put("firstNames", b.firstNames);
        doc.put("sex", b.sex.name());
        doc.put("birthDate", b.birthDate.toString());
        doc.put("birthPlace.code", b.birthPlaceCode);
        doc.put("birthPlace.label", b.birthPlaceLabel);
        doc.put("nationality", b.nationality.name());
        doc.put("nir", b.nirIndex == null ? null : "empreinte:" + b.nirIndex.substring(0, 12));
        doc.put("phone", b.phone);
        doc.put("email", b.email);
        doc.put("referentAgentId", b.referentAgentId == null ? null : b.referentAgentId.toString());
        doc.put("notes", b.notesCipher == null ? null
                : "empreinte:" + cipher.blindIndex(cipher.decrypt(b.notesCipher, b.id.toString())).substring(0, 12));
        doc.put("rgpdInformedOn", b.rgpdInformedOn == null ? null : b.rgpdInformedOn.toString());
        doc.put("lastContactOn", b.lastContactOn == null ? null : b.lastContactOn.toString());
        return doc;
    }

    private void recordChange(Beneficiary b, String field, JsonNode before, JsonNode after) {
        BeneficiaryChange change = new BeneficiaryChange();
        change.beneficiaryId = b.id;
        change.organisationId = b.organisationId;
        change.changedAt = clock.instant();
        change.agentId = caller.agentId();
        change.version = b.version;
        change.field = field;
        boolean secret = field.equals("nir") || field.equals("notes");
        change.beforeValue = toJson(secret && before != null && !before.isNull() ? mapper.getNodeFactory().textNode(ENCRYPTED) : before);
        change.afterValue = toJson(secret && after != null && !after.isNull() ? mapper.getNodeFactory().textNode(ENCRYPTED) : after);
        change.persist();
    }

    /**
     * The record to show, if the scope reaches it, read straight through JDBC on the transaction's
     * connection into a detached object: reading a record is what agents do most, and the ORM
     * (query interpretation, an entity to manage and check at commit) cost as much as the database.
     */
    /** The record, read with the event that the caller read it (BENEFICIARY_READ) in one statement. */
    private Beneficiary readAudited(UUID id, AccessScope scope) {
        boolean restricted = scope.restrictedToCommunes();
        Map<String, Object> params = new HashMap<>(Map.of("organisation", scope.organisationId(), "id", id));
        if (restricted) {
            params.put("communes", scope.assignedCommunes());
        }
        String select = audit.agentRead(restricted ? READ + " and commune_code in :communes" : READ, caller.agentId(),
                "BENEFICIARY_READ", "beneficiary", params);
        List<Beneficiary> found = sql.query(select, params, rs -> {
            Beneficiary b = new Beneficiary();
            b.id = rs.getObject("id", UUID.class);
            b.organisationId = rs.getObject("organisation_id", UUID.class);
            b.status = Status.valueOf(rs.getString("status"));
            b.birthName = rs.getString("birth_name");
            b.usageName = rs.getString("usage_name");
            b.firstNames = rs.getString("first_names");
            b.sex = Vocabulary.Sex.valueOf(rs.getString("sex"));
            b.birthDate = rs.getObject("birth_date", LocalDate.class);
            b.birthPlaceCode = rs.getString("birth_place_code");
            b.birthPlaceLabel = rs.getString("birth_place_label");
            b.nationality = Vocabulary.Nationality.valueOf(rs.getString("nationality"));
            b.nirCipher = rs.getBytes("nir_cipher");
            b.nirIndex = rs.getString("nir_index");
            b.phone = rs.getString("phone");
            b.phoneDigits = rs.getString("phone_digits");
            b.email = rs.getString("email");
            b.communeCode = rs.getString("commune_code");
            b.outsideTerritory = rs.getBoolean("outside_territory");
            short gir = rs.getShort("gir");
            b.gir = rs.wasNull() ? null : gir;
            b.referentAgentId = rs.getObject("referent_agent_id", UUID.class);
            b.notesCipher = rs.getBytes("notes_cipher");
            b.rgpdInformedOn = rs.getObject("rgpd_informed_on", LocalDate.class);
            b.lastContactOn = rs.getObject("last_contact_on", LocalDate.class);
            b.archivedAt = instant(rs.getObject("archived_at", OffsetDateTime.class));
            b.anonymisedAt = instant(rs.getObject("anonymised_at", OffsetDateTime.class));
            b.details = rs.getString("details");
            b.duplicateReason = rs.getString("duplicate_reason");
            b.createdAt = instant(rs.getObject("created_at", OffsetDateTime.class));
            b.createdBy = rs.getObject("created_by", UUID.class);
            b.updatedAt = instant(rs.getObject("updated_at", OffsetDateTime.class));
            b.updatedBy = rs.getObject("updated_by", UUID.class);
            b.version = rs.getInt("version");
            return b;
        });
        if (found.isEmpty()) {
            throw ProblemException.notFound("Aucune fiche de votre périmètre n'a cet identifiant.");
        }
        return found.get(0);
    }

    private static final String READ = "select id, organisation_id, status, birth_name, usage_name, first_names, sex, birth_date, "
            + "birth_place_code, birth_place_label, nationality, nir_cipher, nir_index, phone, phone_digits, email, commune_code, "
            + "outside_territory, gir, referent_agent_id, notes_cipher, rgpd_informed_on, last_contact_on, archived_at, "
            + "anonymised_at, details, duplicate_reason, created_at, created_by, updated_at, updated_by, version "
            + "from beneficiary where organisation_id = :organisation and id = :id";

    private static Instant instant(OffsetDateTime value) {
        return value == null ? null : value.toInstant();
    }

    Beneficiary find(UUID id, AccessScope scope) {
        AccessScope.ScopeClause clause = scope.clause("organisationId", "communeCode").and("id = :id", Map.of("id", id));
        Beneficiary b = Beneficiary.<Beneficiary>find(clause.jpql(), clause.params()).firstResult();
        if (b == null) {
            throw ProblemException.notFound("Aucune fiche de votre périmètre n'a cet identifiant.");
        }
        return b;
    }

    BeneficiaryDetails details(Beneficiary b) {
        try {
            return mapper.readValue(b.details, BeneficiaryDetails.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Unreadable details of beneficiary " + b.id, e);
        }
    }

    static boolean seesNir(AccessScope scope) {
        return scope.has(Role.ADMIN) || scope.has(Role.INSTRUCTEUR) || scope.has(Role.PRESIDENT);
    }

    static boolean seesNotes(AccessScope scope) {
        return seesNir(scope);
    }

    public static String etag(int version) {
        return "\"" + version + "\"";
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), PARIS);
    }

    private static int age(LocalDate birth, LocalDate today) {
        return birth == null ? 0 : Math.max(0, Period.between(birth, today).getYears());
    }

    private JsonNode json(String value) {
        try {
            return value == null ? null : mapper.readTree(value);
        } catch (JsonProcessingException e) {
            return mapper.getNodeFactory().textNode(value);
        }
    }

    private String toJson(JsonNode node) {
        return node == null || node.isNull() ? null : node.toString();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    private static LocalDate toLocalDate(Object value) {
        if (value instanceof LocalDate date) {
            return date;
        }
        if (value instanceof java.sql.Date date) {
            return date.toLocalDate();
        }
        return value == null ? null : LocalDate.parse(value.toString());
    }

}
