import { Select } from "@codegouvfr/react-dsfr/Select";
import { useSearchParams } from "react-router";
import { ErrorAlert } from "@/components/error-alert";
import { Loading } from "@/components/loading";
import { useDocumentTitle } from "@/lib/use-document-title";
import { useBudget } from "../api/commission-queries";
import { formatCents } from "@/lib/format/money";

/** The year's budget of facultative aid: voted, committed, paid, what remains. */
export function BudgetRoute() {
  useDocumentTitle("Budget des aides");
  const [params, setParams] = useSearchParams();
  const thisYear = new Date().getFullYear();
  const year = Number(params.get("annee")) || thisYear;
  const budget = useBudget(year);
  return (
    <>
      <h1>Budget des aides facultatives</h1>
      <Select
        label="Année"
        nativeSelectProps={{
          value: String(year),
          onChange: (e) => setParams({ annee: e.target.value }, { replace: true }),
        }}
      >
        {[thisYear + 1, thisYear, thisYear - 1, thisYear - 2].map((y) => (
          <option key={y} value={y}>
            {y}
          </option>
        ))}
      </Select>
      {budget.isPending && <Loading label="Chargement du budget…" />}
      {budget.isError && <ErrorAlert error={budget.error} title="Le budget n'a pas pu être chargé" />}
      {budget.isSuccess && budget.data.length === 0 && <p>Aucune ligne de budget votée pour {year}.</p>}
      {budget.isSuccess && budget.data.length > 0 && (
        <div className="fr-table">
          <table>
            <caption>{`Budget ${year}`}</caption>
            <thead>
              <tr>
                <th scope="col">Aide</th>
                <th scope="col">Voté</th>
                <th scope="col">Engagé</th>
                <th scope="col">Payé</th>
                <th scope="col">Reste</th>
              </tr>
            </thead>
            <tbody>
              {budget.data.map((line) => (
                <tr key={line.aidTypeId ?? line.aidTypeLabel}>
                  <td>{line.aidTypeLabel}</td>
                  <td>{formatCents(line.votedCents)}</td>
                  <td>{formatCents(line.committedCents)}</td>
                  <td>{formatCents(line.paidCents)}</td>
                  <td>{formatCents(line.remainingCents)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
