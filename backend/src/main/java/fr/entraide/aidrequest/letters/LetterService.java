package fr.entraide.aidrequest.letters;

import fr.entraide.common.Money;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.entraide.aidrequest.AidKind;
import fr.entraide.aidrequest.AidRequest;
import fr.entraide.aidrequest.AidType;
import fr.entraide.aidrequest.workflow.Deadlines;
import fr.entraide.aidrequest.workflow.RequestStatus;
import fr.entraide.audit.AuditLog;
import fr.entraide.beneficiary.Beneficiary;
import fr.entraide.beneficiary.Vocabulary;
import fr.entraide.common.ProblemException;
import fr.entraide.common.pdf.PdfDocumentBuilder;
import fr.entraide.organisation.Organisation;
import io.quarkus.qute.Engine;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * Letters to the applicant, written from Qute templates (src/main/resources/templates/letters)
 * on the organisation's letterhead and kept as PDF with the request. Template lines starting
 * with "# " are the title, "## " a heading, "- " a list item, "> " a note.
 */
@ApplicationScoped
public class LetterService {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.FRANCE);
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    @Inject
    Engine engine;

    @Inject
    fr.entraide.aidrequest.documents.TransactionalStore files;

    @Inject
    ObjectMapper mapper;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    public record Rendered(String filename, byte[] pdf) {
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public Letter issue(AidRequest request, LetterKind kind, UUID agentId) {
        if (kind == LetterKind.NOTIFICATION_DECISION
                && (request.kind != AidKind.FACULTATIVE || request.decision == null)) {
            throw ProblemException.conflict("La notification de décision concerne une aide facultative décidée par le CCAS.");
        }
        Rendered rendered = render(request, kind);
        Letter letter = new Letter();
        letter.id = UUID.randomUUID();
        letter.organisationId = request.organisationId;
        letter.requestId = request.id;
        letter.kind = kind.name();
        letter.filename = rendered.filename();
        letter.sha256 = sha256(rendered.pdf());
        letter.storageKey = request.organisationId + "/" + letter.id;
        letter.createdBy = agentId;
        letter.createdAt = clock.instant();
        try {
            Path tmp = Files.createTempFile("letter", ".pdf");
            try {
                Files.write(tmp, rendered.pdf());
                files.put(letter.storageKey, tmp);
            } finally {
                Files.deleteIfExists(tmp);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        letter.persist();
        audit.agent(request.organisationId, agentId, "LETTER_ISSUED", "letter", letter.id.toString(),
                Map.of("request", request.id.toString(), "kind", kind.name()));
        return letter;
    }

    Rendered render(AidRequest request, LetterKind kind) {
        Organisation organisation = Organisation.findById(request.organisationId);
        Beneficiary person = Beneficiary.findById(request.beneficiaryId);
        AidType type = AidType.findById(request.aidTypeId);
        Map<String, Object> data = new HashMap<>();
        data.put("reference", request.reference);
        data.put("aid", type.label);
        data.put("organisation", organisation.name);
        data.put("civility", person.sex == Vocabulary.Sex.FEMALE ? "Madame" : "Monsieur");
        data.put("legal", request.kind == AidKind.LEGAL);
        data.put("depositedOn", date(request.depositedOn != null ? request.depositedOn : LocalDate.ofInstant(clock.instant(), PARIS)));
        data.put("transmissionDue", request.depositedOn == null ? "" : date(Deadlines.transmissionDue(request.depositedOn)));
        data.put("missing", missingPieces(request));
        data.put("granted", "ACCORDEE".equals(request.decision));
        data.put("decisionOn", request.decisionOn == null ? "" : date(request.decisionOn));
        data.put("amount", request.grantedAmountCents == null ? "" : Money.euros(request.grantedAmountCents));
        data.put("motivation", lastMotivation(request));
        data.put("paymentMethod", paymentMethod(request));
        String text = engine.getTemplate("letters/" + kind.name() + ".txt").data(data).render();

        String name = (person.usageName != null ? person.usageName : person.birthName) + " " + person.firstNames;
        try (PdfDocumentBuilder pdf = new PdfDocumentBuilder(kind.name() + " " + request.reference, organisation.name,
                organisation.name + " — dossier n° " + request.reference)) {
            pdf.paragraph(organisation.name);
            if (organisation.letterhead != null) {
                pdf.note(organisation.letterhead);
            }
            pdf.space(10);
            pdf.paragraph(name + (person.communeCode == null ? "" : "\n" + addressLine(person)));
            pdf.space(6);
            pdf.note("Le " + date(LocalDate.ofInstant(clock.instant(), PARIS)));
            pdf.space(10);
            String pending = null;
            for (String line : text.split("\n", -1)) {
                if (line.startsWith("# ")) {
                    pending = flush(pdf, pending);
                    pdf.title(line.substring(2));
                } else if (line.startsWith("## ")) {
                    pending = flush(pdf, pending);
                    pdf.heading(line.substring(3));
                } else if (line.startsWith("- ")) {
                    pending = flush(pdf, pending);
                    pdf.paragraph("•  " + line.substring(2));
                } else if (line.startsWith("> ")) {
                    pending = flush(pdf, pending);
                    pdf.note(line.substring(2));
                } else if (line.isBlank()) {
                    pending = flush(pdf, pending);
                } else {
                    pending = pending == null ? line.strip() : pending + " " + line.strip();
                }
            }
            flush(pdf, pending);
            pdf.space(20);
            pdf.paragraph("Le président du " + organisation.name);
            return new Rendered(kind.name().toLowerCase(Locale.ROOT).replace('_', '-') + "-" + request.reference + ".pdf", pdf.toBytes());
        }
    }

    private static String flush(PdfDocumentBuilder pdf, String pending) {
        if (pending != null) {
            pdf.paragraph(pending);
        }
        return null;
    }

    private String addressLine(Beneficiary person) {
        try {
            var details = mapper.readTree(person.details).path("address");
            String street = details.path("street").asText("");
            String postcode = details.path("postcode").asText("");
            String commune = fr.entraide.organisation.OrganisationCommune.<fr.entraide.organisation.OrganisationCommune>find(
                    "inseeCode", person.communeCode).firstResultOptional().map(c -> c.name).orElse("");
            return (street + "\n" + postcode + " " + commune).strip();
        } catch (JsonProcessingException e) {
            return "";
        }
    }

    private List<String> missingPieces(AidRequest request) {
        try {
            List<String> missing = new java.util.ArrayList<>();
            for (var piece : mapper.readTree(request.details).path("pieces")) {
                if (piece.path("required").asBoolean() && !piece.path("received").asBoolean()) {
                    missing.add(piece.path("label").asText());
                }
            }
            return missing;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private String paymentMethod(AidRequest request) {
        try {
            String method = mapper.readTree(request.details).path("paymentMethod").asText(null);
            if (method == null) {
                return null;
            }
            return switch (method) {
                case "CHEQUE" -> "chèque";
                case "VIREMENT" -> "virement";
                case "BON" -> "bon d'achat";
                case "CHEQUES_ACCOMPAGNEMENT" -> "chèques d'accompagnement personnalisé";
                case "ESPECES" -> "remise en espèces";
                default -> method;
            };
        } catch (JsonProcessingException e) {
            return null;
        }
    }

    private static String lastMotivation(AidRequest request) {
        var event = fr.entraide.aidrequest.AidRequestEvent.<fr.entraide.aidrequest.AidRequestEvent>find(
                "requestId = ?1 and toStatus = ?2 order by id desc", request.id, RequestStatus.REFUSEE.name()).firstResult();
        return event == null || event.comment == null ? "" : event.comment;
    }

    private static String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
