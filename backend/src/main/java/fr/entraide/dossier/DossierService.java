package fr.entraide.dossier;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.entraide.aidrequest.AidRequest;
import fr.entraide.aidrequest.AidRequestService;
import fr.entraide.aidrequest.RequestDetails;
import fr.entraide.audit.AuditLog;
import fr.entraide.common.ProblemException;
import fr.entraide.common.ProblemType;
import fr.entraide.organisation.Agent;
import fr.entraide.organisation.Organisation;
import fr.entraide.security.AccessScope;
import fr.entraide.security.CallerScope;
import fr.entraide.security.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

/**
 * Dossiers of APA and ASH requests: the completeness report, the generation of immutable
 * versions (PDF and JSON of the same content), their list and their audited download.
 *
 * <p>For the transmission: {@link #latestFinal(AidRequest)} gives the latest complete (non-draft)
 * version of a request already scoped by the caller, {@link #pdfBytes(UUID)},
 * {@link #jsonBytes(UUID)} and {@link #document(UUID)} its content, {@link #transmissionPdf(UUID)}
 * the form followed by the pièces in one PDF.
 */
@ApplicationScoped
public class DossierService {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    /** Document paths that change with every generation and say nothing about the person. */
    private static final Set<String> VOLATILE = Set.of("version", "draft", "generatedAt", "generatedBy");

    @Inject
    CallerScope caller;

    @Inject
    AidRequestService requests;

    @Inject
    DossierAssembler assembler;

    @Inject
    PieceMerger merger;

    @Inject
    ObjectMapper mapper;

    @Inject
    EntityManager em;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    public record Download(String filename, String contentType, byte[] bytes, String sha256) {
    }

    // ---------------------------------------------------------------- agent operations (scoped)

    public DossierCheck check(UUID requestId) {
        AidRequest request = requests.find(requestId, caller.access());
        return check(assembler.assemble(request, 0, false, clock.instant(), null, today()));
    }

    @Transactional
    public DossierVersionView generate(UUID requestId, boolean draft) {
        caller.require(Role.ADMIN, Role.INSTRUCTEUR, Role.ACCUEIL);
        AccessScope scope = caller.access();
        AidRequest request = requests.find(requestId, scope);
        DossierAssembler.kindOf(request);
        // One generation at a time per request, so that numbers follow each other.
        em.lock(request, LockModeType.PESSIMISTIC_WRITE);
        DossierVersion previous = DossierVersion.find("requestId = ?1 order by number desc", request.id).firstResult();
        int number = previous == null ? 1 : previous.number + 1;
        Agent agent = caller.agent();
        String author = agent == null ? null : agent.firstName + " " + agent.lastName;
        Instant now = clock.instant();
        DossierAssembler.Assembled assembled = assembler.assemble(request, number, draft, now, author, today());
        DossierCheck report = check(assembled);
        if (!draft && !report.complete()) {
            throw new ProblemException(ProblemType.VALIDATION, "Le dossier n'est pas complet : " + (report.missingCount()
                    + report.invalidCount()) + " élément(s) manquant(s) ou invalide(s). Complétez-les, ou produisez un projet (draft=true).",
                    DossierRules.errors(report), Map.of());
        }
        DossierVersion version = store(assembled.document(), request, previous, agent == null ? null : agent.id, author, now);
        audit.agent(request.organisationId, caller.agentId(), "DOSSIER_GENERATED", "dossier_version", version.id.toString(),
                Map.of("request", request.id.toString(), "number", number, "draft", draft, "sha256", version.pdfSha256));
        return view(version);
    }

    public List<DossierVersionView> versions(UUID requestId) {
        AidRequest request = requests.find(requestId, caller.access());
        return DossierVersion.<DossierVersion>list("requestId = ?1 order by number desc", request.id).stream().map(DossierService::view)
                .toList();
    }

    @Transactional
    public Download download(UUID requestId, int number, String format, boolean withPieces) {
        caller.require(Role.ADMIN, Role.INSTRUCTEUR, Role.PRESIDENT);
        AidRequest request = requests.find(requestId, caller.access());
        DossierVersion version = DossierVersion.find("requestId = ?1 and number = ?2", request.id, number).firstResult();
        if (version == null) {
            throw ProblemException.notFound("Cette demande n'a pas de version " + number + " de dossier.");
        }
        audit.agent(request.organisationId, caller.agentId(), "DOSSIER_DOWNLOADED", "dossier_version", version.id.toString(),
                Map.of("request", request.id.toString(), "number", number, "format", format, "withPieces", withPieces));
        String base = "dossier-" + version.kind.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-') + "-" + request.reference + "-v"
                + number;
        if ("json".equals(format)) {
            return new Download(base + ".json", "application/json", version.json, version.jsonSha256);
        }
        if (withPieces) {
            byte[] merged = merger.merge(version.pdf, request.id);
            return new Download(base + "-avec-pieces.pdf", "application/pdf", merged, sha256(merged));
        }
        return new Download(base + ".pdf", "application/pdf", version.pdf, version.pdfSha256);
    }

    @Transactional
    public DossierCheck updateData(UUID requestId, DossierDataInput input) {
        caller.require(Role.ADMIN, Role.INSTRUCTEUR, Role.ACCUEIL);
        AidRequest request = requests.find(requestId, caller.access());
        DossierAssembler.kindOf(request);
        if (!request.status.isOpen()) {
            throw ProblemException.conflict("La demande est close : son dossier ne change plus.");
        }
        if (input.accommodation() != null) {
            RequestDetails d = read(request.details, RequestDetails.class);
            request.details = json(new RequestDetails(d.pieces(), input.accommodation(), d.baremeExplanation(), d.paymentMethod(),
                    d.paymentReference()));
        }
        if (input.noObligesAlimentaires() != null) {
            request.dossierNoObliges = input.noObligesAlimentaires();
        }
        request.updatedAt = clock.instant();
        audit.agent(request.organisationId, caller.agentId(), "DOSSIER_DATA_UPDATED", "aid_request", request.id.toString(),
                Map.of("accommodation", input.accommodation() != null, "noObliges", String.valueOf(input.noObligesAlimentaires())));
        em.flush();
        return check(assembler.assemble(request, 0, false, clock.instant(), null, today()));
    }

    public DossierVariant variant() {
        caller.require(Role.ADMIN);
        Organisation organisation = Organisation.findById(caller.organisationId());
        return organisation.dossierVariant == null ? DossierVariant.NATIONAL : read(organisation.dossierVariant, DossierVariant.class);
    }

    @Transactional
    public DossierVariant setVariant(DossierVariant variant) {
        caller.require(Role.ADMIN);
        Organisation organisation = Organisation.findById(caller.organisationId());
        DossierVariant clean = new DossierVariant(variant.label() == null || variant.label().isBlank() ? null : variant.label().strip(),
                variant.requiredFields().stream().distinct().toList());
        organisation.dossierVariant = json(clean);
        audit.agent(organisation.id, caller.agentId(), "DOSSIER_VARIANT_SET", "organisation", organisation.id.toString(),
                Map.of("fields", clean.requiredFields().stream().map(Enum::name).toList()));
        return clean;
    }

    // ---------------------------------------------------------------- for the transmission (caller already scoped)

    /** The latest complete version of a request's dossier, if one was generated. */
    public Optional<DossierVersionView> latestFinal(AidRequest request) {
        return DossierVersion.<DossierVersion>find("requestId = ?1 and draft = false order by number desc", request.id)
                .firstResultOptional().map(DossierService::view);
    }

    public byte[] pdfBytes(UUID versionId) {
        return version(versionId).pdf;
    }

    public byte[] jsonBytes(UUID versionId) {
        return version(versionId).json;
    }

    public DossierDocument document(UUID versionId) {
        try {
            return mapper.readValue(version(versionId).json, DossierDocument.class);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The version's form followed by every pièce received for the request (PDF pages, images as pages). */
    public byte[] transmissionPdf(UUID versionId) {
        DossierVersion version = version(versionId);
        return merger.merge(version.pdf, version.requestId);
    }

    // ---------------------------------------------------------------- helpers

    DossierVersion store(DossierDocument document, AidRequest request, DossierVersion previous, UUID agentId, String author, Instant now) {
        byte[] json;
        try {
            json = mapper.writeValueAsBytes(document);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        byte[] pdf = DossierPdf.render(document, json);
        DossierVersion version = new DossierVersion();
        version.id = UUID.randomUUID();
        version.organisationId = request.organisationId;
        version.requestId = request.id;
        version.number = document.version();
        version.kind = document.kind();
        version.draft = document.draft();
        version.schemaVersion = document.schemaVersion();
        version.pdf = pdf;
        version.pdfSha256 = sha256(pdf);
        version.pdfSize = pdf.length;
        version.json = json;
        version.jsonSha256 = sha256(json);
        version.changes = json(previous == null ? List.of() : changes(previous.json, json));
        version.createdBy = agentId;
        version.createdByName = author;
        version.createdAt = now;
        version.persist();
        return version;
    }

    private DossierCheck check(DossierAssembler.Assembled assembled) {
        return DossierRules.check(assembled.document(), assembled.context(), assembled.person().id);
    }

    /** The paths whose value differs between two documents, ignoring what changes at every generation. */
    List<String> changes(byte[] before, byte[] after) {
        try {
            Map<String, String> a = new TreeMap<>();
            Map<String, String> b = new TreeMap<>();
            flatten("", mapper.readTree(before), a);
            flatten("", mapper.readTree(after), b);
            List<String> changed = new ArrayList<>();
            java.util.Set<String> keys = new java.util.TreeSet<>(a.keySet());
            keys.addAll(b.keySet());
            for (String key : keys) {
                if (!VOLATILE.contains(key) && !Objects.equals(a.get(key), b.get(key))) {
                    changed.add(key);
                }
            }
            return changed;
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void flatten(String prefix, JsonNode node, Map<String, String> out) {
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext();) {
                var e = it.next();
                flatten(prefix.isEmpty() ? e.getKey() : prefix + "." + e.getKey(), e.getValue(), out);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                flatten(prefix + "[" + i + "]", node.get(i), out);
            }
            if (node.isEmpty()) {
                out.put(prefix, "[]");
            }
        } else if (!node.isNull()) {
            out.put(prefix, node.asText());
        }
    }

    private static DossierVersion version(UUID id) {
        DossierVersion version = DossierVersion.findById(id);
        if (version == null) {
            throw ProblemException.notFound("Aucune version de dossier n'a cet identifiant.");
        }
        return version;
    }

    static DossierVersionView view(DossierVersion v) {
        List<String> changes;
        try {
            changes = new ObjectMapper().readValue(v.changes, new TypeReference<List<String>>() { });
        } catch (JsonProcessingException e) {
            changes = List.of();
        }
        return new DossierVersionView(v.id, v.number, v.kind, v.draft, v.schemaVersion, v.pdfSha256, v.jsonSha256, v.pdfSize, v.createdBy,
                v.createdByName, v.createdAt, changes);
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private <T> T read(String value, Class<T> type) {
        try {
            return mapper.readValue(value, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private String json(Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), PARIS);
    }
}
