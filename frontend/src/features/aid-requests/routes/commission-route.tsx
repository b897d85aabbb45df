import { Button } from "@codegouvfr/react-dsfr/Button";
import { Select } from "@codegouvfr/react-dsfr/Select";
import { useState, type FormEvent } from "react";
import { Link, useParams } from "react-router";
import { ErrorAlert } from "@/components/error-alert";
import { Loading } from "@/components/loading";
import { useMe } from "@/lib/auth/session-store";
import { useDocumentTitle } from "@/lib/use-document-title";
import { useAidRequests } from "../api/aid-requests-queries";
import { ApiError } from "@/lib/api/problem";
import { hasRole } from "@/lib/roles";
import { useAddToAgenda, useBudget, useCommission, useDownloadMinutes, useRecordDecisions } from "../api/commission-queries";
import type { AidRequestSummary, BudgetLine, CommissionDecision } from "../api/types";
import { BudgetOverrideField } from "../components/budget-override-field";
import { StatusBadge } from "../components/badges";
import { formatDate } from "@/lib/format/dates";
import { centsToEuroInput, eurosToCents, formatCents } from "@/lib/format/money";
import { canManageCommission } from "../model/permissions";

function AddToAgenda({ sessionId, agenda }: { sessionId: string; agenda: readonly AidRequestSummary[] }) {
  const candidates = useAidRequests({ queue: "EN_COMMISSION", page: 0, size: 100 });
  const add = useAddToAgenda(sessionId);
  const [requestId, setRequestId] = useState("");
  const onAgenda = new Set(agenda.map((row) => row.id));
  const instructed = (candidates.data?.items ?? []).filter((row) => row.status === "INSTRUITE" && !onAgenda.has(row.id));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (requestId) add.mutate(requestId, { onSuccess: () => setRequestId("") });
  };

  return (
    <form onSubmit={submit} aria-label="Ajouter à l'ordre du jour" className="fr-mb-4w">
      {add.isError && <ErrorAlert className="fr-mb-2w" error={add.error} title="La demande n'a pas été ajoutée" />}
      <div className="fr-grid-row fr-grid-row--gutters fr-grid-row--bottom">
        <div className="fr-col-12 fr-col-md">
          <Select
            label="Demande instruite à inscrire"
            hint={instructed.length === 0 ? "Aucune demande instruite en attente." : undefined}
            nativeSelectProps={{ value: requestId, onChange: (e) => setRequestId(e.target.value) }}
          >
            <option value="">Choisir une demande</option>
            {instructed.map((row) => (
              <option key={row.id} value={row.id}>
                {`${row.reference ?? ""} — ${row.beneficiaryName ?? ""} — ${row.aidTypeLabel ?? ""}${row.amountCents != null ? ` (${formatCents(row.amountCents)})` : ""}`}
              </option>
            ))}
          </Select>
        </div>
        <div className="fr-col-12 fr-col-md-auto fr-mb-3w">
          <Button type="submit" disabled={!requestId || add.isPending}>
            Ajouter à l'ordre du jour
          </Button>
        </div>
      </div>
    </form>
  );
}

type Row = { decision: "" | "ACCORDER" | "REFUSER"; amount: string; motivation: string; override: string };

/** Remaining budget of the year by aid type code, for the lines the API knows. */
function remainingByType(lines: readonly BudgetLine[] | undefined): Map<string, number> {
  const remaining = new Map<string, number>();
  for (const line of lines ?? []) {
    if (line.aidTypeCode && line.remainingCents !== undefined) remaining.set(line.aidTypeCode, line.remainingCents);
  }
  return remaining;
}

/** The server's messages for the rows of the batch it refused: "decisions[1].amountCents" → request id → field → message. */
function rowErrors(error: unknown, sentIds: readonly string[]): Map<string, Record<string, string>> {
  const byRow = new Map<string, Record<string, string>>();
  if (!(error instanceof ApiError)) return byRow;
  for (const e of error.problem.errors ?? []) {
    const match = /^decisions\[(\d+)\]\.(\w+)$/.exec(e.field ?? "");
    const id = match ? sentIds[Number(match[1])] : undefined;
    if (!match || id === undefined || !e.message) continue;
    byRow.set(id, { ...byRow.get(id), [match[2] ?? ""]: e.message });
  }
  return byRow;
}

type DecisionsTableProps = {
  sessionId: string;
  agenda: readonly AidRequestSummary[];
  remaining: Map<string, number>;
};

function DecisionsTable({ sessionId, agenda, remaining }: DecisionsTableProps) {
  const isAdmin = hasRole(useMe(), "ADMIN");
  const record = useRecordDecisions(sessionId);
  const pending = agenda.filter((row) => row.status === "EN_COMMISSION");
  const [rows, setRows] = useState<Record<string, Row>>({});
  const [sentIds, setSentIds] = useState<string[]>([]);
  const [error, setError] = useState<string | null>(null);
  const rowOf = (item: AidRequestSummary): Row =>
    rows[item.id ?? ""] ?? { decision: "", amount: centsToEuroInput(item.amountCents), motivation: "", override: "" };
  const update = (item: AidRequestSummary, patch: Partial<Row>) =>
    setRows((all) => ({ ...all, [item.id ?? ""]: { ...rowOf(item), ...patch } }));
  const serverErrors = rowErrors(record.error, sentIds);

  // Grants of the batch taken in order against what remains of each line: where the override is needed.
  const beyondBudget = new Set<string>();
  const left = new Map(remaining);
  for (const item of pending) {
    const row = rowOf(item);
    const cents = row.decision === "ACCORDER" ? eurosToCents(row.amount) : null;
    const code = item.aidTypeCode ?? "";
    const available = left.get(code);
    if (cents === null || available === undefined) continue;
    if (cents > available) beyondBudget.add(item.id ?? "");
    left.set(code, available - cents);
  }

  const saved = record.isSuccess && (
    <p role="status" className="fr-text--sm">
      Décisions enregistrées.
    </p>
  );
  if (pending.length === 0)
    return (
      <>
        {saved}
        <p>Aucune demande en attente de décision dans cette séance.</p>
      </>
    );

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const decisions: CommissionDecision[] = [];
    for (const item of pending) {
      const row = rowOf(item);
      if (!row.decision) continue;
      if (row.decision === "ACCORDER") {
        const cents = eurosToCents(row.amount);
        if (cents === null) {
          setError(`Montant illisible pour ${item.reference ?? ""}.`);
          return;
        }
        const override = row.override.trim();
        decisions.push({
          requestId: item.id ?? "",
          decision: "ACCORDER",
          amountCents: cents,
          ...(override ? { budgetOverrideReason: override } : {}),
        });
      } else {
        if (!row.motivation.trim()) {
          setError(`Indiquez le motif du refus pour ${item.reference ?? ""}.`);
          return;
        }
        decisions.push({ requestId: item.id ?? "", decision: "REFUSER", motivation: row.motivation.trim() });
      }
    }
    if (decisions.length === 0) {
      setError("Choisissez une décision pour au moins une demande.");
      return;
    }
    setError(null);
    setSentIds(decisions.map((d) => d.requestId));
    record.mutate(decisions, { onSuccess: () => setRows({}) });
  };

  return (
    <form onSubmit={submit} noValidate aria-label="Décisions de la séance">
      {error && <p className="fr-error-text" role="alert">{error}</p>}
      {record.isError && <ErrorAlert className="fr-mb-2w" error={record.error} title="Les décisions n'ont pas été enregistrées" />}
      {saved}
      <div className="fr-table">
        <table>
          <caption>Décisions à prendre</caption>
          <thead>
            <tr>
              <th scope="col">Demande</th>
              <th scope="col">Budget restant</th>
              <th scope="col">Décision</th>
              <th scope="col">Montant accordé (€)</th>
              <th scope="col">Motif du refus</th>
            </tr>
          </thead>
          <tbody>
            {pending.map((item) => {
              const row = rowOf(item);
              const ref = item.reference ?? "";
              const id = item.id ?? "";
              const errors = serverErrors.get(id) ?? {};
              const available = remaining.get(item.aidTypeCode ?? "");
              const needsOverride =
                row.decision === "ACCORDER" && (beyondBudget.has(id) || errors.budgetOverrideReason !== undefined || row.override !== "");
              return (
                <tr key={id}>
                  <td>
                    <Link to={`/demandes/${id}`}>{ref}</Link> — {item.beneficiaryName} — {item.aidTypeLabel}
                  </td>
                  <td>{available === undefined ? "Pas de budget voté" : formatCents(available)}</td>
                  <td>
                    <select
                      className="fr-select"
                      aria-label={`Décision pour ${ref}`}
                      value={row.decision}
                      onChange={(e) => update(item, { decision: e.target.value as Row["decision"] })}
                    >
                      <option value="">À décider plus tard</option>
                      <option value="ACCORDER">Accorder</option>
                      <option value="REFUSER">Refuser</option>
                    </select>
                  </td>
                  <td>
                    <div className={`fr-input-group${errors.amountCents ? " fr-input-group--error" : ""}`}>
                      <input
                        className={`fr-input${errors.amountCents ? " fr-input--error" : ""}`}
                        aria-label={`Montant accordé pour ${ref}`}
                        inputMode="decimal"
                        disabled={row.decision !== "ACCORDER"}
                        value={row.amount}
                        onChange={(e) => update(item, { amount: e.target.value })}
                      />
                      {errors.amountCents && <p className="fr-error-text">{errors.amountCents}</p>}
                    </div>
                    {needsOverride && (
                      <BudgetOverrideField
                        label={`Raison du dépassement du budget pour ${ref}`}
                        value={row.override}
                        error={errors.budgetOverrideReason}
                        onChange={(value) => update(item, { override: value })}
                      />
                    )}
                    {needsOverride && !isAdmin && errors.budgetOverrideReason && (
                      <p className="fr-error-text">{errors.budgetOverrideReason}</p>
                    )}
                  </td>
                  <td>
                    <input
                      className="fr-input"
                      aria-label={`Motif du refus pour ${ref}`}
                      disabled={row.decision !== "REFUSER"}
                      value={row.motivation}
                      onChange={(e) => update(item, { motivation: e.target.value })}
                    />
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <Button type="submit" disabled={record.isPending}>
        Enregistrer les décisions
      </Button>
    </form>
  );
}

/** One sitting: its agenda, its decisions taken together, its minutes. */
export function CommissionRoute() {
  useDocumentTitle("Séance de la commission");
  const { id = "" } = useParams();
  const me = useMe();
  const session = useCommission(id);
  const minutes = useDownloadMinutes(id);
  const year = Number(session.data?.heldOn?.slice(0, 4) ?? "0");
  const budget = useBudget(year, year > 0);
  const remaining = remainingByType(budget.data);
  const backLink = (
    <p className="fr-mb-2w">
      <Link className="fr-link fr-icon-arrow-left-line fr-link--icon-left" to="/commission">
        Retour aux séances
      </Link>
    </p>
  );
  if (session.isPending) return <Loading label="Chargement de la séance…" />;
  if (session.isError)
    return (
      <>
        {backLink}
        <h1>Séance de la commission</h1>
        <ErrorAlert error={session.error} title="La séance n'a pas pu être ouverte" />
      </>
    );
  const s = session.data;
  const agenda = s.agenda ?? [];
  const manage = canManageCommission(me) || me.roles?.includes("PRESIDENT");
  return (
    <>
      {backLink}
      <h1>{`Séance du ${formatDate(s.heldOn)} — ${s.title ?? ""}`}</h1>
      {(s.members ?? []).length > 0 && <p>Membres : {(s.members ?? []).join(", ")}</p>}
      {minutes.isError && <ErrorAlert className="fr-mb-2w" error={minutes.error} title="Le procès-verbal n'a pas pu être téléchargé" />}
      <Button priority="secondary" iconId="fr-icon-download-line" onClick={() => minutes.mutate()} disabled={minutes.isPending}>
        Télécharger le procès-verbal (PDF)
      </Button>
      <h2 className="fr-h4 fr-mt-4w">Ordre du jour</h2>
      {agenda.length === 0 ? (
        <p>L'ordre du jour est vide.</p>
      ) : (
        <ul aria-label="Ordre du jour">
          {agenda.map((row) => (
            <li key={row.id}>
              <Link to={`/demandes/${row.id ?? ""}`}>{row.reference}</Link>
              {` — ${row.beneficiaryName ?? ""} — ${row.aidTypeLabel ?? ""}${row.amountCents != null ? ` — ${formatCents(row.amountCents)}` : ""} `}
              <StatusBadge status={row.status} />
              {remaining.has(row.aidTypeCode ?? "") && (
                <span className="fr-text--sm">{` · budget ${year} restant : ${formatCents(remaining.get(row.aidTypeCode ?? ""))}`}</span>
              )}
            </li>
          ))}
        </ul>
      )}
      {canManageCommission(me) && <AddToAgenda sessionId={id} agenda={agenda} />}
      {manage && (
        <>
          <h2 className="fr-h4">Décisions</h2>
          <DecisionsTable sessionId={id} agenda={agenda} remaining={remaining} />
        </>
      )}
    </>
  );
}
