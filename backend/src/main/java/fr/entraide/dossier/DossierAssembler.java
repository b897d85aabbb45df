package fr.entraide.dossier;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.entraide.aidrequest.AidRequest;
import fr.entraide.aidrequest.AidRequestEvent;
import fr.entraide.aidrequest.AidType;
import fr.entraide.aidrequest.RequestDetails;
import fr.entraide.aidrequest.documents.Document;
import fr.entraide.beneficiary.Beneficiary;
import fr.entraide.beneficiary.BeneficiaryDetails;
import fr.entraide.beneficiary.Labels;
import fr.entraide.beneficiary.dto.Parts;
import fr.entraide.beneficiary.nir.Nir;
import fr.entraide.common.Money;
import fr.entraide.common.ProblemException;
import fr.entraide.dossier.DossierDocument.Applicant;
import fr.entraide.organisation.Agent;
import fr.entraide.organisation.Organisation;
import fr.entraide.referentiel.Referentiel;
import fr.entraide.referentiel.dto.RefCommuneView;
import fr.entraide.security.crypto.FieldCipher;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Fills a dossier from what the file already knows: the person's record, the request, its
 * pièces and avis, the organisation's département variant. Nothing is retyped.
 */
@ApplicationScoped
public class DossierAssembler {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final Set<String> REPRESENTED = Set.of("TUTELLE", "HABILITATION_FAMILIALE", "HABILITATION_CONJOINT",
            "MANDAT_PROTECTION_FUTURE", "CURATELLE_RENFORCEE");
    private static final Set<String> COUPLE = Set.of("MARIE", "PACSE", "CONCUBIN");
    /** Benefits APA cannot be combined with (L232-23), as they may be written in a resource's payer. */
    private static final List<String> NOT_COMBINABLE = List.of("PCH", "MTP", "PCRTP", "ACTP", "AIDE MÉNAGÈRE", "AIDE MENAGERE");

    @Inject
    ObjectMapper mapper;

    @Inject
    FieldCipher cipher;

    @Inject
    Referentiel referentiel;

    /** Minimum left to an ASH resident: 1% of the annual ASPA (L132-3, R231-6), in cents. */
    @ConfigProperty(name = "entraide.dossier.aspa-annual-cents", defaultValue = "1241136")
    long aspaAnnualCents;

    /** A prefilled dossier and what its rules need to judge it. */
    public record Assembled(DossierDocument document, DossierRules.Context context, AidRequest request, Beneficiary person) {
    }

    public static DossierKind kindOf(AidRequest request) {
        AidType type = AidType.findById(request.aidTypeId);
        return DossierKind.ofLegalFamily(type == null ? null : type.legalFamily).orElseThrow(() -> ProblemException.conflict(
                "Cette demande (" + (type == null ? "?" : type.label) + ") n'a pas de dossier départemental : seuls l'APA et l'aide "
                        + "sociale à l'hébergement en ont un."));
    }

    public Assembled assemble(AidRequest request, int version, boolean draft, Instant at, String author, LocalDate today) {
        DossierKind kind = kindOf(request);
        AidType type = AidType.findById(request.aidTypeId);
        Organisation organisation = Organisation.findById(request.organisationId);
        Beneficiary b = Beneficiary.findById(request.beneficiaryId);
        BeneficiaryDetails d = read(b.details, BeneficiaryDetails.class);
        RequestDetails rd = read(request.details, RequestDetails.class);
        DossierVariant variant = organisation.dossierVariant == null ? DossierVariant.NATIONAL
                : read(organisation.dossierVariant, DossierVariant.class);
        LocalDate requestDate = request.depositedOn != null ? request.depositedOn : today;

        Parts.Address address = d.address();
        Map<String, String> names = address == null || address.communeCode() == null ? Map.of()
                : referentiel.communeNames(List.of(address.communeCode()));
        String nir = b.nirCipher == null ? null : display(cipher.decrypt(b.nirCipher, b.id.toString()));
        Applicant applicant = new Applicant(b.birthName, b.usageName, Arrays.asList(b.firstNames.split(" ")), name(b.sex), b.birthDate,
                b.birthPlaceCode, b.birthPlaceLabel != null ? b.birthPlaceLabel
                        : b.birthPlaceCode == null ? null : referentiel.birthPlaceLabel(b.birthPlaceCode).orElse(null),
                name(b.nationality), nir,
                d.residencePermit() == null ? null : new DossierDocument.ResidencePermit(name(d.residencePermit().type()),
                        d.residencePermit().number(), d.residencePermit().validUntil()),
                name(d.familySituation()), b.phone, b.email,
                address == null ? null : new DossierDocument.Address(address.street(), address.complement(), address.postcode(),
                        address.communeCode(), names.get(address.communeCode()), name(address.livingSituation())));

        List<DossierDocument.Relative> household = d.household().stream().map(m -> new DossierDocument.Relative(
                m.relationship().name(), m.lastName(), m.firstName(), m.birthDate(), m.dependent())).toList();
        DossierDocument.Relative spouse = applicant.familySituation() != null && COUPLE.contains(applicant.familySituation())
                ? household.stream().filter(m -> "CONJOINT".equals(m.relationship())).findFirst().orElse(null) : null;

        List<DossierDocument.ResourceLine> lines = d.resources().stream().map(r -> new DossierDocument.ResourceLine(r.type().name(),
                Labels.of(r.type()), r.monthlyAmountCents(), r.owner().name(), r.payer())).toList();
        long total = lines.stream().mapToLong(DossierDocument.ResourceLine::monthlyAmountCents).sum();
        Long minimumLeft = kind.isAsh() ? Math.max(Math.round(total * 0.10), Math.round(aspaAnnualCents / 100.0)) : null;

        Parts.GirAssessment gir = d.gir();
        DossierDocument.Autonomy autonomy = !kind.isApa() ? null
                : new DossierDocument.Autonomy(gir == null ? null : gir.level(), gir == null ? null : gir.evaluatedOn(),
                        gir == null ? null : gir.assessor(),
                        gir != null && gir.level() != null && gir.level() >= 5 ? "CAISSE_RETRAITE" : "DEPARTEMENT");

        Parts.ProtectionMeasure p = d.protection();
        DossierDocument.Protection protection = p == null ? null : new DossierDocument.Protection(p.type().name(), Labels.of(p.type()),
                p.mandataireName(), p.mandataireContact(), p.startOn(), p.endOn());

        var accommodation = rd.accommodation();
        DossierDocument.Establishment establishment = kind == DossierKind.APA_DOMICILE || accommodation == null ? null
                : new DossierDocument.Establishment(accommodation.establishment(), accommodation.finess(), accommodation.entryOn(),
                        accommodation.habilitated(), accommodation.extended(), accommodation.emergencyAdmissionOn());

        DossierDocument.Obliges obliges = kind != DossierKind.ASH_PA ? null
                : new DossierDocument.Obliges(request.dossierNoObliges, d.obligesAlimentaires().stream()
                        .map(o -> new DossierDocument.Oblige(o.relationship().name(), o.lastName(), o.firstName(), o.address(), o.phone(),
                                o.email(), o.exempt(), o.exemptionReason())).toList());

        Map<String, Integer> files = new HashMap<>();
        Document.<Document>list("requestId", request.id).forEach(doc -> files.merge(doc.pieceCode, 1, Integer::sum));
        boolean represented = protection != null && protection.type() != null && REPRESENTED.contains(protection.type());
        List<DossierDocument.Piece> pieces = new ArrayList<>();
        rd.pieces().forEach(piece -> pieces.add(new DossierDocument.Piece(piece.code(), piece.label(),
                piece.required() || represented && DossierRules.JUDGMENT_PIECE.equals(piece.code()), piece.received(), piece.receivedOn(),
                files.getOrDefault(piece.code(), 0))));
        if (represented && pieces.stream().noneMatch(x -> x.code().equals(DossierRules.JUDGMENT_PIECE))) {
            pieces.add(new DossierDocument.Piece(DossierRules.JUDGMENT_PIECE, "Jugement de la mesure de protection", true, false, null, 0));
        }

        Agent avisAgent = request.avisBy == null ? null : Agent.findById(request.avisBy);
        DossierDocument.Avis avis = new DossierDocument.Avis(request.avis, request.avisMotivation, request.avisOn,
                avisAgent == null ? null : avisAgent.firstName + " " + avisAgent.lastName);

        LocalDate completeOn = completeOn(request);
        DossierDates.Dates dates = DossierDates.of(kind, request.depositedOn, requestDate, completeOn,
                accommodation == null ? null : accommodation.entryOn(), accommodation != null && accommodation.extended());
        String paying = DossierDates.departementOf(address == null ? b.communeCode : address.communeCode());
        DossierDocument.RequestPart requestPart = new DossierDocument.RequestPart(request.id, request.reference, type.label,
                request.depositedOn, request.channel, completeOn, dates.transmissionDue(), paying, dates.taxNoticeIncomeYear(),
                dates.apaAcknowledgementDue(), dates.apaPlanProposalDue(), dates.apaDecisionDue(), dates.apaRightsFrom(),
                dates.ashEffectiveOn());

        List<String> notices = notices(kind, autonomy, lines, d.obligesAlimentaires().size(), dates, paying, minimumLeft);
        DossierDocument document = new DossierDocument(DossierDocument.SCHEMA_VERSION, kind, kind.form(), kind.title(), version, draft,
                at, author, new DossierDocument.OrganisationPart(organisation.name, organisation.departement, variant.label()),
                requestPart, applicant, spouse, household, new DossierDocument.Resources(lines, total, minimumLeft),
                d.pensionFunds().stream().map(f -> new DossierDocument.PensionFund(f.kind().name(), f.name(), f.memberNumber())).toList(),
                d.benefitFund() == null ? null : new DossierDocument.BenefitFund(d.benefitFund().fund().name(), d.benefitFund().number()),
                autonomy, protection, contact(d.aidant()), contact(d.personneDeConfiance()), contact(d.medecinTraitant()), establishment,
                obliges, pieces, avis, notices);

        String birthPlace = b.birthPlaceCode;
        boolean birthPlaceKnown = birthPlace == null || referentiel.isKnownBirthPlace(birthPlace);
        List<String> postcodes = address == null || address.communeCode() == null ? List.of()
                : referentiel.residenceCommune(address.communeCode()).map(RefCommuneView::postcodes).map(List::copyOf).orElse(null);
        return new Assembled(document, new DossierRules.Context(today, requestDate, variant, birthPlaceKnown, postcodes), request, b);
    }

    private static List<String> notices(DossierKind kind, DossierDocument.Autonomy autonomy, List<DossierDocument.ResourceLine> lines,
            int obligeCount, DossierDates.Dates dates, String paying, Long minimumLeft) {
        List<String> notices = new ArrayList<>();
        if (autonomy != null) {
            if ("CAISSE_RETRAITE".equals(autonomy.orientation())) {
                notices.add("GIR " + autonomy.girLevel() + " : la personne n'est pas éligible à l'APA (GIR 1 à 4) ; la demande est "
                        + "orientée vers sa caisse de retraite principale (accompagnement à domicile des personnes âgées).");
            } else if (autonomy.girLevel() == null) {
                notices.add("GIR non encore évalué : l'équipe médico-sociale du département l'évaluera (grille AGGIR).");
            }
            for (DossierDocument.ResourceLine line : lines) {
                String text = ((line.payer() == null ? "" : line.payer()) + " " + line.label()).toUpperCase(Locale.FRANCE);
                NOT_COMBINABLE.stream().filter(text::contains).findFirst().ifPresent(benefit -> notices.add("Cumul interdit (L232-23) : "
                        + "l'APA ne se cumule pas avec « " + line.label() + (line.payer() == null ? "" : " — " + line.payer()) + " »."));
            }
        }
        if (dates.apaRightsFrom() != null) {
            notices.add("APA en établissement : droits ouverts à la date du dossier complet (L232-14).");
        }
        if (dates.apaDecisionDue() != null) {
            notices.add("Sans décision notifiée au plus tard le " + DossierPdf.date(dates.apaDecisionDue())
                    + ", l'APA est réputée accordée au forfait (L232-14).");
        }
        if (dates.ashEffectiveOn() != null) {
            notices.add("Date d'effet de l'aide sociale à l'hébergement : " + DossierPdf.date(dates.ashEffectiveOn()) + " (R131-2).");
        }
        if (minimumLeft != null) {
            notices.add("Somme minimale laissée au résident chaque mois : " + Money.euros(minimumLeft)
                    + " (10 % des ressources, au moins 1 % de l'ASPA annuelle ; L132-3, R231-6).");
        }
        if (kind == DossierKind.ASH_PH && obligeCount > 0) {
            notices.add("Personne handicapée : l'obligation alimentaire ne s'applique pas (L344-5) ; les obligés de la fiche ne sont pas "
                    + "joints.");
        }
        if (dates.transmissionDue() != null) {
            notices.add("Transmission au président du conseil départemental au plus tard le " + DossierPdf.date(dates.transmissionDue())
                    + " (un mois après le dépôt, L131-1).");
        }
        if (paying != null) {
            notices.add((kind == DossierKind.APA_DOMICILE ? "Département payeur : celui de la résidence (" + paying + ")."
                    : "Département payeur présumé : " + paying + " ; le domicile de secours (L122-1) reste à confirmer par le département."));
        }
        return notices;
    }

    private static DossierDocument.Contact contact(Parts.ContactPerson c) {
        return c == null ? null : new DossierDocument.Contact(c.name(), c.relationship(), c.phone(), c.email(), c.address());
    }

    private static LocalDate completeOn(AidRequest r) {
        AidRequestEvent event = AidRequestEvent.find("requestId = ?1 and toStatus = 'COMPLETE' order by id desc", r.id).firstResult();
        return event == null ? null : LocalDate.ofInstant(event.occurredAt, PARIS);
    }

    private static String display(String nir) {
        try {
            return Nir.parse(nir).display();
        } catch (RuntimeException e) {
            return nir;
        }
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }

    private <T> T read(String json, Class<T> type) {
        try {
            return mapper.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
