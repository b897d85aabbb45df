import { Button } from "@codegouvfr/react-dsfr/Button";
import { Select } from "@codegouvfr/react-dsfr/Select";
import { useState, type FormEvent } from "react";
import { useSearchParams } from "react-router";
import { ErrorAlert } from "@/components/error-alert";
import { Loading } from "@/components/loading";
import { ApiError, errorMessage } from "@/lib/api/problem";
import { centsToEuroInput, eurosToCents, formatCents } from "@/lib/format/money";
import { useDocumentTitle } from "@/lib/use-document-title";
import { useCatalogue } from "../api/aid-requests-queries";
import { useVoteBudget } from "../api/catalogue-admin-queries";
import { useBudget } from "../api/commission-queries";
import type { AidType, BudgetLine } from "../api/types";
import "../components/aid-requests.css";

function VoteRow({ type, line, year }: { type: AidType; line: BudgetLine | undefined; year: number }) {
  const vote = useVoteBudget(year);
  const [typed, setTyped] = useState<string | null>(null);
  const [localError, setLocalError] = useState<string | null>(null);
  const value = typed ?? centsToEuroInput(line?.votedCents);
  const inputId = `budget-${type.id ?? ""}`;
  const serverError =
    vote.error instanceof ApiError ? (vote.error.fieldErrors.votedCents ?? errorMessage(vote.error)) : vote.error ? errorMessage(vote.error) : null;
  const error = localError ?? serverError;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const cents = eurosToCents(value);
    if (cents === null) {
      setLocalError("Indiquez un montant en euros, par exemple 12000 ou 12 000,50.");
      return;
    }
    setLocalError(null);
    vote.mutate({ aidTypeId: type.id ?? "", votedCents: cents }, { onSuccess: () => setTyped(null) });
  };

  return (
    <tr>
      <th scope="row">{type.label}</th>
      <td>
        <form onSubmit={submit} noValidate aria-label={`Budget ${year} de ${type.label ?? ""}`} className="aid-vote-form">
          <div className={`fr-input-group${error ? " fr-input-group--error" : ""} fr-mb-0`}>
            <label className="fr-label fr-sr-only" htmlFor={inputId}>
              {`Montant voté pour ${type.label ?? ""} (€)`}
            </label>
            <input
              id={inputId}
              className={`fr-input${error ? " fr-input--error" : ""}`}
              inputMode="decimal"
              value={value}
              aria-describedby={error ? `${inputId}-error` : undefined}
              onChange={(e) => setTyped(e.target.value)}
            />
            {error && (
              <p id={`${inputId}-error`} className="fr-error-text">
                {error}
              </p>
            )}
          </div>
          <Button type="submit" priority="secondary" disabled={vote.isPending}>
            Voter
          </Button>
        </form>
        {vote.isSuccess && typed === null && (
          <p role="status" className="fr-text--xs fr-mb-0">
            Montant enregistré.
          </p>
        )}
      </td>
      <td>{formatCents(line?.committedCents ?? 0)}</td>
      <td>{formatCents(line?.paidCents ?? 0)}</td>
      <td>{line ? formatCents(line.remainingCents) : "—"}</td>
    </tr>
  );
}

/** The budget the board votes each year for each facultative aid; the commission spends it. */
export function AdminBudgetRoute() {
  useDocumentTitle("Budget voté");
  const [params, setParams] = useSearchParams();
  const thisYear = new Date().getFullYear();
  const year = Number(params.get("annee")) || thisYear;
  const catalogue = useCatalogue();
  const budget = useBudget(year);
  const facultative = (catalogue.data ?? []).filter((t) => t.kind === "FACULTATIVE" && (t.active ?? true));
  const lines = new Map((budget.data ?? []).map((line) => [line.aidTypeId, line]));
  return (
    <>
      <h1>Budget voté des aides facultatives</h1>
      <p>Le montant voté par le conseil d'administration pour chaque aide ; une décision qui le dépasse est refusée, sauf dérogation motivée d'un administrateur.</p>
      <Select
        label="Année"
        nativeSelectProps={{ value: String(year), onChange: (e) => setParams({ annee: e.target.value }, { replace: true }) }}
      >
        {[thisYear + 1, thisYear, thisYear - 1].map((y) => (
          <option key={y} value={y}>
            {y}
          </option>
        ))}
      </Select>
      {(catalogue.isPending || budget.isPending) && <Loading label="Chargement du budget…" />}
      {catalogue.isError && <ErrorAlert error={catalogue.error} title="Le catalogue n'a pas pu être chargé" />}
      {budget.isError && <ErrorAlert error={budget.error} title="Le budget n'a pas pu être chargé" />}
      {catalogue.isSuccess && budget.isSuccess && (
        <div className="fr-table">
          <table>
            <caption>{`Budget ${year}`}</caption>
            <thead>
              <tr>
                <th scope="col">Aide</th>
                <th scope="col">Voté (€)</th>
                <th scope="col">Engagé</th>
                <th scope="col">Payé</th>
                <th scope="col">Reste</th>
              </tr>
            </thead>
            <tbody>
              {facultative.map((type) => (
                <VoteRow key={`${year}-${type.id ?? ""}`} type={type} line={lines.get(type.id)} year={year} />
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
