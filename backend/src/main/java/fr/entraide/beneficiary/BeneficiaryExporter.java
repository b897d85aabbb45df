package fr.entraide.beneficiary;

import fr.entraide.common.Money;
import fr.entraide.audit.AuditEvent;
import fr.entraide.beneficiary.dto.BeneficiaryExport;
import fr.entraide.beneficiary.dto.BeneficiaryView;
import fr.entraide.beneficiary.dto.HistoryEntry;
import fr.entraide.beneficiary.dto.Parts;
import fr.entraide.common.pdf.PdfDocumentBuilder;
import fr.entraide.organisation.Agent;
import fr.entraide.organisation.Organisation;
import fr.entraide.audit.AuditLog;
import fr.entraide.security.AccessScope;
import fr.entraide.security.CallerScope;
import fr.entraide.security.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/** The RGPD export of a person's file: a JSON document and a readable PDF of the same content. */
@ApplicationScoped
public class BeneficiaryExporter {

    public static final String FORMAT = "entraide/beneficiary-export/v1";
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy", Locale.FRANCE);
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm", Locale.FRANCE)
            .withZone(ZoneId.of("Europe/Paris"));

    @Inject
    CallerScope caller;

    @Inject
    BeneficiaryService beneficiaries;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    @Transactional
    public BeneficiaryExport export(UUID id) {
        caller.require(Role.ADMIN, Role.INSTRUCTEUR, Role.PRESIDENT);
        AccessScope scope = caller.access();
        Beneficiary b = beneficiaries.find(id, scope);
        audit.agent(b.organisationId, caller.agentId(), "BENEFICIARY_EXPORTED", "beneficiary", b.id.toString(), Map.of());
        BeneficiaryView view = beneficiaries.view(b, scope, List.of());
        List<HistoryEntry> history = beneficiaries.history(id);
        List<AuditEvent> events = AuditEvent.list("targetType = 'beneficiary' and targetId = ?1 and organisationId = ?2 "
                + "order by occurredAt desc, id desc", b.id.toString(), b.organisationId);
        Map<UUID, String> names = new HashMap<>();
        events.stream().map(e -> e.actorId).filter(java.util.Objects::nonNull).distinct().forEach(agentId -> {
            Agent agent = Agent.findById(agentId);
            names.put(agentId, agent == null ? null : agent.firstName + " " + agent.lastName);
        });
        List<BeneficiaryExport.Access> accesses = events.stream()
                .map(e -> new BeneficiaryExport.Access(e.occurredAt, e.action, e.actorId, names.get(e.actorId)))
                .toList();
        Organisation organisation = Organisation.findById(b.organisationId);
        return new BeneficiaryExport(FORMAT, clock.instant(), organisation.name, view, history, accesses);
    }

    public byte[] pdf(BeneficiaryExport export) {
        BeneficiaryView p = export.beneficiary();
        try (PdfDocumentBuilder pdf = new PdfDocumentBuilder("Données personnelles de " + p.firstNames().get(0) + " "
                + p.birthName(), export.organisationName(), export.organisationName() + " — droit d'accès (RGPD, art. 15) — "
                + DATE_TIME.format(export.exportedAt()))) {
            pdf.title("Vos données personnelles");
            pdf.subtitle(export.organisationName() + " · export du " + DATE_TIME.format(export.exportedAt())
                    + " · article 15 du RGPD");
            pdf.paragraph("Ce document reprend toutes les informations que " + export.organisationName()
                    + " détient sur vous dans son fichier des bénéficiaires (article R123-6 du code de l'action sociale et des "
                    + "familles), l'historique de leurs modifications et la liste des consultations de votre fiche.");

            pdf.heading("Identité");
            pdf.row("Nom de naissance", p.birthName());
            pdf.row("Nom d'usage", p.usageName());
            pdf.row("Prénoms", String.join(", ", p.firstNames()));
            pdf.row("Sexe", p.sex() == Vocabulary.Sex.FEMALE ? "Féminin" : "Masculin");
            pdf.row("Date de naissance", date(p.birthDate()));
            pdf.row("Lieu de naissance", p.birthPlace().label() == null ? p.birthPlace().code()
                    : p.birthPlace().label() + " (" + p.birthPlace().code() + ")");
            pdf.row("Nationalité", switch (p.nationality()) {
                case FRENCH -> "Française";
                case EU -> "Union européenne, EEE ou Suisse";
                case OTHER -> "Autre";
            });
            if (p.residencePermit() != null) {
                pdf.row("Titre de séjour", p.residencePermit().type() + " " + nz(p.residencePermit().number())
                        + (p.residencePermit().validUntil() == null ? "" : ", valable jusqu'au " + date(p.residencePermit().validUntil())));
            }
            pdf.row("Numéro de sécurité sociale", p.nir());

            pdf.heading("Coordonnées");
            pdf.row("Téléphone", p.phone());
            pdf.row("Courriel", p.email());
            Parts.Address a = p.address();
            pdf.row("Adresse", a == null ? null : String.join(", ", java.util.stream.Stream.of(a.street(), a.complement(),
                    join(a.postcode(), p.communeName())).filter(s -> s != null && !s.isBlank()).toList()));
            pdf.row("Situation de logement", a == null || a.livingSituation() == null ? null : label(a.livingSituation().name()));
            pdf.row("Situation familiale", p.familySituation() == null ? null : label(p.familySituation().name()));

            pdf.heading("Foyer");
            if (p.household().isEmpty()) {
                pdf.paragraph("Aucun membre du foyer enregistré.");
            }
            for (Parts.HouseholdMember m : p.household()) {
                pdf.row(label(m.relationship().name()), join(m.firstName(), m.lastName())
                        + (m.birthDate() == null ? "" : ", né(e) le " + date(m.birthDate())) + (m.dependent() ? ", à charge" : ""));
            }

            pdf.heading("Ressources et charges (mensuelles)");
            for (Parts.Resource r : p.resources()) {
                pdf.row(label(r.type().name()), Money.euros(r.monthlyAmountCents()) + (r.owner() == Vocabulary.ResourceOwner.CONJOINT
                        ? " (conjoint)" : "") + (r.payer() == null ? "" : " — " + r.payer()));
            }
            for (Parts.Charge c : p.charges()) {
                pdf.row("Charge : " + label(c.type().name()), Money.euros(c.monthlyAmountCents()) + (c.label() == null ? "" : " — " + c.label()));
            }
            pdf.row("Reste à vivre", Money.euros(p.resteAVivreMonthlyCents()) + " par mois, soit "
                    + Money.euros(p.resteAVivreDailyPerPersonCents()) + " par personne et par jour");
            for (Parts.PensionFund f : p.pensionFunds()) {
                pdf.row("Caisse de retraite " + f.kind().name().toLowerCase(Locale.ROOT), f.name() + " " + nz(f.memberNumber()));
            }
            if (p.benefitFund() != null) {
                pdf.row("Allocataire " + p.benefitFund().fund(), p.benefitFund().number());
            }

            pdf.heading("Autonomie, santé et protection");
            pdf.row("GIR", p.gir() == null ? null : p.gir().level() + " (évalué le " + date(p.gir().evaluatedOn()) + " par "
                    + p.gir().assessor() + ")");
            pdf.row("Mesure de protection", p.protection() == null ? null : label(p.protection().type().name())
                    + (p.protection().mandataireName() == null ? "" : " — " + p.protection().mandataireName()));
            contact(pdf, "Médecin traitant", p.medecinTraitant());
            contact(pdf, "Personne de confiance", p.personneDeConfiance());
            contact(pdf, "Aidant", p.aidant());

            pdf.heading("Obligés alimentaires");
            if (p.obligesAlimentaires().isEmpty()) {
                pdf.paragraph("Aucun obligé alimentaire enregistré.");
            }
            for (Parts.ObligeAlimentaire o : p.obligesAlimentaires()) {
                pdf.row(label(o.relationship().name()), join(o.firstName(), o.lastName()) + (o.address() == null ? "" : ", " + o.address())
                        + (o.exempt() ? " — dispensé(e) : " + nz(o.exemptionReason()) : ""));
            }

            pdf.heading("Suivi");
            pdf.row("Notes", p.notes());
            pdf.row("Informé(e) du traitement le", date(p.rgpdInformedOn()));
            pdf.row("Dernier contact", date(p.lastContactOn()));
            pdf.row("Fiche créée le", DATE_TIME.format(p.createdAt()));

            pdf.heading("Historique des modifications");
            for (HistoryEntry entry : export.history()) {
                pdf.row(DATE_TIME.format(entry.changedAt()), nz(entry.agentName()) + " : " + entry.changes().stream()
                        .map(HistoryEntry.FieldChange::field).collect(Collectors.joining(", ")));
            }

            pdf.heading("Consultations et actions sur la fiche");
            for (BeneficiaryExport.Access access : export.accesses()) {
                pdf.row(DATE_TIME.format(access.at()), action(access.action()) + (access.agentName() == null ? "" : " — "
                        + access.agentName()));
            }
            pdf.space(10);
            pdf.note("Vous pouvez demander la rectification de ces données, ou vous opposer à leur traitement, auprès du "
                    + export.organisationName() + ". En cas de difficulté, vous pouvez saisir la CNIL (www.cnil.fr).");
            return pdf.toBytes();
        }
    }

    private static void contact(PdfDocumentBuilder pdf, String label, Parts.ContactPerson person) {
        pdf.row(label, person == null ? null : String.join(", ", java.util.stream.Stream.of(person.name(), person.relationship(),
                person.phone(), person.email(), person.address()).filter(s -> s != null && !s.isBlank()).toList()));
    }

    private static String action(String action) {
        return switch (action) {
            case "BENEFICIARY_READ" -> "Consultation";
            case "BENEFICIARY_CREATED" -> "Création";
            case "BENEFICIARY_UPDATED" -> "Modification";
            case "BENEFICIARY_EXPORTED" -> "Export";
            case "BENEFICIARY_ARCHIVED" -> "Archivage";
            case "BENEFICIARY_RESTORED" -> "Réactivation";
            default -> action;
        };
    }

    private static String label(String constant) {
        return Labels.of(constant);
    }

    private static String date(LocalDate date) {
        return date == null ? null : DATE.format(date);
    }

    private static String nz(String value) {
        return value == null ? "" : value;
    }

    private static String join(String a, String b) {
        return (nz(a) + " " + nz(b)).trim();
    }
}
