import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { useMemo, useState } from "react";
import { Link, useNavigate } from "react-router";
import { ErrorAlert } from "@/components/error-alert";
import { formatDate } from "@/lib/format/dates";
import { useCreateBordereau } from "../api/bordereaux-queries";
import type { Candidate } from "../api/types";
import {
  departementLabel,
  groupByDepartement,
  keepAvailable,
  selectedOf,
  toggleGroup,
  toggleOne,
  type DepartementGroup,
} from "../model/candidates";
import { avisLabels, label } from "../model/vocabulary";
import { DaysLeft } from "./deadline";

type GroupProps = {
  group: DepartementGroup;
  selected: ReadonlySet<string>;
  onSelect: (next: Set<string>) => void;
  canPrepare: boolean;
  preparing: boolean;
  onPrepare: (group: DepartementGroup) => void;
};

function GroupTable({ group, selected, onSelect, canPrepare, preparing, onPrepare }: GroupProps) {
  const chosen = selectedOf(group, selected);
  const all = chosen.length === group.candidates.length;
  const title = departementLabel(group.departement);
  const headingId = `departement-${group.departement || "inconnu"}`;
  return (
    <section aria-labelledby={headingId} className="fr-mb-4w">
      <h3 id={headingId} className="fr-h5 fr-mb-1w">
        {`${title} — ${group.candidates.length} demande${group.candidates.length > 1 ? "s" : ""} prête${group.candidates.length > 1 ? "s" : ""}`}
      </h3>
      <div className="fr-table fr-table--no-caption fr-mb-1w">
        <table>
          <caption>{`Demandes prêtes pour le ${title.toLowerCase()}`}</caption>
          <thead>
            <tr>
              <th scope="col">Demande</th>
              <th scope="col">Personne</th>
              <th scope="col">Aide</th>
              <th scope="col">Avis</th>
              <th scope="col">Dossier</th>
              <th scope="col">Transmettre avant</th>
            </tr>
          </thead>
          <tbody>
            {group.candidates.map((c) => {
              const id = c.requestId ?? "";
              const inputId = `candidate-${id}`;
              return (
                <tr key={id}>
                  <td>
                    {canPrepare ? (
                      <div className="fr-checkbox-group fr-checkbox-group--sm">
                        <input
                          type="checkbox"
                          id={inputId}
                          checked={selected.has(id)}
                          onChange={(event) => onSelect(toggleOne(selected, id, event.target.checked))}
                        />
                        <label className="fr-label" htmlFor={inputId}>
                          {c.reference}
                        </label>
                      </div>
                    ) : (
                      c.reference
                    )}
                    <Link className="fr-link fr-link--sm" to={`/demandes/${id}`} title={`Ouvrir la demande ${c.reference ?? ""}`}>
                      Voir
                    </Link>
                  </td>
                  <td>{c.personName}</td>
                  <td>{c.aidTypeLabel}</td>
                  <td>
                    {label(avisLabels, c.avis)}
                    {c.avisOn && <span className="fr-hint-text">le {formatDate(c.avisOn)}</span>}
                  </td>
                  <td>{`version ${c.dossierVersion ?? "?"}`}</td>
                  <td>
                    {formatDate(c.transmissionDue)} <DaysLeft daysLeft={c.daysLeft} />
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {canPrepare && (
        <ul className="fr-btns-group fr-btns-group--inline-md fr-btns-group--sm fr-btns-group--icon-left">
          <li>
            <Button priority="secondary" onClick={() => onSelect(toggleGroup(group, selected))}>
              {all ? "Tout désélectionner" : "Tout sélectionner"}
            </Button>
          </li>
          <li>
            <Button
              iconId="fr-icon-file-add-line"
              disabled={chosen.length === 0 || preparing || !group.departement}
              onClick={() => onPrepare(group)}
            >
              {`Préparer le bordereau (${chosen.length} demande${chosen.length > 1 ? "s" : ""})`}
            </Button>
          </li>
        </ul>
      )}
    </section>
  );
}

/** The requests ready to transmit, one table per recipient département, to gather into a bordereau. */
export function CandidatesPanel({ candidates, canPrepare }: { candidates: readonly Candidate[]; canPrepare: boolean }) {
  const create = useCreateBordereau();
  const navigate = useNavigate();
  const [selection, setSelection] = useState<Set<string>>(new Set());
  const groups = useMemo(() => groupByDepartement(candidates), [candidates]);
  // Requests that left the list (put on a bordereau elsewhere) drop out of the selection.
  const selected = useMemo(() => keepAvailable(selection, candidates), [selection, candidates]);

  if (groups.length === 0) {
    return (
      <p>
        Aucune demande n'est prête : une demande d'aide légale le devient quand l'avis du président est rendu et que la dernière
        version de son dossier est complète.
      </p>
    );
  }

  const prepare = (group: DepartementGroup) =>
    create.mutate(
      { departement: group.departement, requestIds: selectedOf(group, selected) },
      { onSuccess: (created) => navigate(`/bordereaux/${created.id ?? ""}`, { state: { created: true } }) },
    );

  return (
    <>
      {create.isError && <ErrorAlert className="fr-mb-2w" error={create.error} title="Le bordereau n'a pas été préparé" />}
      {canPrepare && (
        <Alert
          className="fr-mb-3w"
          severity="info"
          small
          description="Cochez les demandes à regrouper : un bordereau ne concerne qu'un département destinataire."
        />
      )}
      {groups.map((group) => (
        <GroupTable
          key={group.departement}
          group={group}
          selected={selected}
          onSelect={setSelection}
          canPrepare={canPrepare}
          preparing={create.isPending}
          onPrepare={prepare}
        />
      ))}
    </>
  );
}
