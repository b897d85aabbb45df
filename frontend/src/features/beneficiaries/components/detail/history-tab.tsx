import { ErrorAlert } from "@/components/error-alert";
import { Loading } from "@/components/loading";
import { useBeneficiaryHistory } from "../../api/beneficiaries-queries";
import { formatDateTime } from "@/lib/format/dates";
import { fieldLabel, formatFieldValue } from "../../model/field-labels";

/** Each saved version, newest first: when, who, and each field before → after. */
export function HistoryTab({ id }: { id: string }) {
  const history = useBeneficiaryHistory(id, true);
  if (history.isPending) return <Loading label="Chargement de l'historique…" />;
  if (history.isError) return <ErrorAlert error={history.error} title="L'historique n'a pas pu être chargé" />;
  if (history.data.length === 0) return <p>Aucune modification enregistrée.</p>;
  return (
    <>
      <h2 className="fr-h5">Historique des modifications</h2>
      <ol className="beneficiary-history" aria-label="Versions de la fiche, de la plus récente à la plus ancienne">
        {history.data.map((entry) => (
          <li key={entry.version}>
            <h3 className="fr-text--md fr-text--bold fr-mb-1w">
              {formatDateTime(entry.changedAt)} — {entry.agentName ?? "Agent inconnu"}
              <span className="fr-text--sm fr-text--regular"> (version {entry.version})</span>
            </h3>
            <ul>
              {(entry.changes ?? []).map((change, i) => {
                const field = change.field ?? "";
                if (field === "fiche") return <li key={i}>Fiche créée</li>;
                return (
                  <li key={i}>
                    <span className="fr-text--bold">{fieldLabel(field)}</span> : {formatFieldValue(field, change.before)}{" "}
                    <span aria-hidden="true">→</span> <span className="fr-sr-only">devient</span>{" "}
                    {formatFieldValue(field, change.after)}
                  </li>
                );
              })}
            </ul>
          </li>
        ))}
      </ol>
    </>
  );
}
