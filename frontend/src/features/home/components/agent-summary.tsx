import type { Me } from "@/lib/api/types";
import { allRoles, roleLabel } from "@/lib/roles";
import { organisationKindLabel } from "./organisation-kind";

type AgentSummaryProps = { me: Me };

/** Who the agent is for Entraide: organisation, roles and the communes they act on. */
export function AgentSummary({ me }: AgentSummaryProps) {
  const roles = allRoles.filter((role) => me.roles?.includes(role));
  const communes = me.communes ?? [];

  return (
    <div className="fr-grid-row fr-grid-row--gutters">
      <section className="fr-col-12 fr-col-md-4" aria-labelledby="home-organisation">
        <h2 id="home-organisation" className="fr-h4">
          Organisation
        </h2>
        <p className="fr-mb-1v fr-text--bold">{me.organisation?.name}</p>
        <p className="fr-text--sm">{organisationKindLabel(me.organisation?.kind)}</p>
      </section>
      <section className="fr-col-12 fr-col-md-4" aria-labelledby="home-roles">
        <h2 id="home-roles" className="fr-h4">
          Vos rôles
        </h2>
        <ul aria-labelledby="home-roles">
          {roles.map((role) => (
            <li key={role}>{roleLabel(role)}</li>
          ))}
        </ul>
      </section>
      <section className="fr-col-12 fr-col-md-4" aria-labelledby="home-communes">
        <h2 id="home-communes" className="fr-h4">
          Vos communes
        </h2>
        {communes.length === 0 ? (
          <p>Aucune commune.</p>
        ) : (
          <ul aria-labelledby="home-communes">
            {communes.map((commune) => (
              <li key={commune.inseeCode}>
                {commune.name} <span className="fr-text--xs">({commune.inseeCode})</span>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
