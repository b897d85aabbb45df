package fr.entraide.organisation;

import fr.entraide.audit.AuditLog;
import fr.entraide.common.ProblemException;
import fr.entraide.organisation.dto.OrganisationCommuneView;
import fr.entraide.organisation.dto.OrganisationView;
import fr.entraide.organisation.dto.UpdateOrganisationRequest;
import fr.entraide.referentiel.Referentiel;
import fr.entraide.referentiel.dto.EpciView;
import fr.entraide.referentiel.dto.RefCommuneView;
import fr.entraide.security.CallerScope;
import fr.entraide.security.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import jakarta.transaction.Transactional;

/** Administration of the organisation itself and of the communes it serves (ADMIN only). */
@ApplicationScoped
public class OrganisationAdminService {

    @Inject
    CallerScope caller;

    @Inject
    Referentiel referentiel;

    @Inject
    AuditLog audit;

    @Inject
    EntityManager em;

    public OrganisationView view() {
        caller.require(Role.ADMIN);
        return view(caller.organisationId());
    }

    public List<OrganisationCommuneView> communes() {
        caller.require(Role.ADMIN);
        return communeViews(caller.organisationId());
    }

    @Transactional
    public OrganisationView update(UpdateOrganisationRequest request) {
        caller.require(Role.ADMIN);
        Organisation organisation = Organisation.findById(caller.organisationId());
        organisation.name = request.name().trim();
        organisation.kind = request.kind();
        organisation.departement = request.departement();
        if (organisation.kind == OrganisationKind.CCAS) {
            organisation.epciCode = null;
        }
        audit.agent(organisation.id, caller.agentId(), "ORGANISATION_UPDATED", "organisation", organisation.id.toString(), Map.of());
        return view(organisation.id);
    }

    /**
     * Sets a CIAS up from its EPCI: the EPCI's member communes become the organisation's communes.
     * Communes that are not members are removed unless an agent is still attached to them.
     */
    @Transactional
    public OrganisationView setUpFromEpci(String epciCode) {
        caller.require(Role.ADMIN);
        EpciView epci = referentiel.epci(epciCode)
                .orElseThrow(() -> ProblemException.invalidField("epciCode", "Aucun EPCI n'a ce SIREN."));
        List<RefCommuneView> members = referentiel.communesOfEpci(epci.code());
        Organisation organisation = Organisation.findById(caller.organisationId());
        organisation.kind = OrganisationKind.CIAS;
        organisation.epciCode = epci.code();
        organisation.departement = members.stream()
                .collect(Collectors.groupingBy(RefCommuneView::departement, Collectors.counting()))
                .entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey)
                .orElse(organisation.departement);
        Set<String> memberCodes = members.stream().map(RefCommuneView::inseeCode).collect(Collectors.toSet());
        Set<String> inUse = communesInUse(organisation.id);
        for (OrganisationCommune existing : OrganisationCommune.<OrganisationCommune>list("organisationId", organisation.id)) {
            if (!memberCodes.contains(existing.inseeCode) && !inUse.contains(existing.inseeCode)) {
                existing.delete();
            }
        }
        Map<String, OrganisationCommune> current = OrganisationCommune.<OrganisationCommune>list("organisationId", organisation.id)
                .stream().collect(Collectors.toMap(c -> c.inseeCode, Function.identity()));
        for (RefCommuneView member : members) {
            if (!current.containsKey(member.inseeCode())) {
                persistCommune(organisation.id, member);
            }
        }
        audit.agent(organisation.id, caller.agentId(), "ORGANISATION_EPCI_SET", "organisation", organisation.id.toString(),
                Map.of("epci", epci.code(), "communes", members.size()));
        return view(organisation.id);
    }

    @Transactional
    public OrganisationCommuneView addCommune(String inseeCode) {
        caller.require(Role.ADMIN);
        UUID organisationId = caller.organisationId();
        RefCommuneView commune = referentiel.currentCommune(inseeCode)
                .orElseThrow(() -> ProblemException.invalidField("inseeCode",
                        "Aucune commune actuelle n'a le code INSEE " + inseeCode + "."));
        if (OrganisationCommune.findById(new OrganisationCommune.Key(organisationId, inseeCode)) != null) {
            throw ProblemException.conflict("La commune " + commune.name() + " est déjà rattachée à votre organisation.");
        }
        persistCommune(organisationId, commune);
        audit.agent(organisationId, caller.agentId(), "COMMUNE_ADDED", "commune", inseeCode, Map.of());
        return new OrganisationCommuneView(commune.inseeCode(), commune.name(), commune.departement(), commune.postcodes(), 0);
    }

    @Transactional
    public void removeCommune(String inseeCode) {
        caller.require(Role.ADMIN);
        UUID organisationId = caller.organisationId();
        OrganisationCommune commune = OrganisationCommune.findById(new OrganisationCommune.Key(organisationId, inseeCode));
        if (commune == null) {
            throw ProblemException.notFound("Cette commune n'est pas rattachée à votre organisation.");
        }
        if (communesInUse(organisationId).contains(inseeCode)) {
            throw ProblemException.conflict("Des agents d'accueil sont rattachés à " + commune.name
                    + " : modifiez-les avant de retirer la commune.");
        }
        commune.delete();
        audit.agent(organisationId, caller.agentId(), "COMMUNE_REMOVED", "commune", inseeCode, Map.of());
    }

    private static void persistCommune(UUID organisationId, RefCommuneView ref) {
        OrganisationCommune commune = new OrganisationCommune();
        commune.organisationId = organisationId;
        commune.inseeCode = ref.inseeCode();
        commune.name = ref.name();
        commune.departement = ref.departement();
        commune.postcodes = ref.postcodes().toArray(String[]::new);
        commune.persist();
    }

    private Set<String> communesInUse(UUID organisationId) {
        return Set.copyOf(agentCounts(organisationId).keySet());
    }

    @SuppressWarnings("unchecked")
    private Map<String, Long> agentCounts(UUID organisationId) {
        List<Object[]> rows = em.createNativeQuery("""
                select ac.insee_code, count(*) from agent_commune ac join agent a on a.id = ac.agent_id
                where a.organisation_id = ?1 group by ac.insee_code""")
                .setParameter(1, organisationId)
                .getResultList();
        Map<String, Long> counts = new HashMap<>();
        rows.forEach(r -> counts.put((String) r[0], ((Number) r[1]).longValue()));
        return counts;
    }

    private List<OrganisationCommuneView> communeViews(UUID organisationId) {
        Map<String, Long> counts = agentCounts(organisationId);
        return OrganisationCommune.<OrganisationCommune>list("organisationId", organisationId).stream()
                .sorted(Comparator.comparing((OrganisationCommune c) -> c.name))
                .map(c -> new OrganisationCommuneView(c.inseeCode, c.name, c.departement, Arrays.asList(c.postcodes),
                        counts.getOrDefault(c.inseeCode, 0L)))
                .toList();
    }

    private OrganisationView view(UUID organisationId) {
        Organisation organisation = Organisation.findById(organisationId);
        String epciName = organisation.epciCode == null ? null
                : referentiel.epci(organisation.epciCode).map(EpciView::name).orElse(null);
        return new OrganisationView(organisation.id, organisation.name, organisation.kind, organisation.epciCode, epciName,
                organisation.departement, communeViews(organisationId));
    }
}
