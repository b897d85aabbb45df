import { Button } from "@codegouvfr/react-dsfr/Button";
import { Input } from "@codegouvfr/react-dsfr/Input";
import { useState, type FormEvent } from "react";
import { ErrorAlert } from "@/components/error-alert";
import { useDownloadLetter, useLetters, useLoan, useRecordRepayment } from "../api/aid-requests-queries";
import type { AidRequest, AidRequestEvent } from "../api/types";
import { formatDate, formatDateTime } from "@/lib/format/dates";
import { eurosToCents, formatCents } from "@/lib/format/money";
import { actionLabels, letterLabels, statusLabel } from "../model/vocabulary";
import { DeadlineBadge } from "./badges";

function Row({ label, value }: { label: string; value: string | undefined | null }) {
  if (!value) return null;
  return (
    <li>
      {label} : <strong>{value}</strong>
    </li>
  );
}

/** The dates the law sets for this request, computed by the server. */
export function DeadlinesPanel({ request }: { request: AidRequest }) {
  const d = request.deadlines;
  if (request.kind !== "LEGAL" || !d) return null;
  return (
    <section aria-labelledby="deadlines-title" className="fr-mb-4w">
      <h2 id="deadlines-title" className="fr-h4">
        Échéances
      </h2>
      <ul>
        {d.transmissionDue && (
          <li>
            Transmission au département avant le <strong>{formatDate(d.transmissionDue)}</strong>{" "}
            <DeadlineBadge daysLeft={d.daysLeft} overdue={d.overdue} alert={d.alert} />
          </li>
        )}
        <Row label="Alerte à partir du" value={formatDate(d.alertFrom)} />
        <Row label="Accusé de réception APA du département attendu le" value={formatDate(d.apaAcknowledgementDue)} />
        <Row label="Plan d'aide APA attendu le" value={formatDate(d.apaPlanDue)} />
        <Row label="Décision APA attendue le" value={formatDate(d.apaDecisionDue)} />
        <Row label="Date d'effet de l'ASH" value={formatDate(d.ashEffectiveOn)} />
        <Row label="Notification de l'admission d'urgence au département avant le" value={formatDate(d.emergencyNoticeDue)} />
      </ul>
    </section>
  );
}

/** Events of the timeline that are not workflow actions. */
const eventLabels: Record<string, string> = {
  ...actionLabels,
  CREER: "Création",
  PIECE_RECUE: "Pièce reçue",
  PIECE_RETIREE: "Pièce marquée manquante",
};

function eventText(event: AidRequestEvent): string {
  const action = event.action ? (eventLabels[event.action] ?? event.action) : "";
  const moved = event.to && event.from !== event.to;
  const move = moved ? ` : ${event.from ? `${statusLabel(event.from)} → ` : ""}${statusLabel(event.to)}` : "";
  return `${action ?? ""}${move}`;
}

const decisionLabels: Record<string, string> = { ACCORDEE: "Accordée", REFUSEE: "Refusée" };

/** The decision recorded on the request, in one line: "Accordée : 412,50 €, à compter du 01/11/2026". */
export function decisionSummary(request: AidRequest): string | undefined {
  if (!request.decision) return undefined;
  const parts = [
    request.grantedAmountCents == null ? "" : formatCents(request.grantedAmountCents),
    request.effectiveOn ? `à compter du ${formatDate(request.effectiveOn)}` : "",
  ].filter(Boolean);
  const name = decisionLabels[request.decision] ?? request.decision;
  return parts.length > 0 ? `${name} : ${parts.join(", ")}` : name;
}

/**
 * The request's history. The decision (of the département for legal aid, recorded
 * through its API with no agent) is spelled out on the event that recorded it.
 */
export function Timeline({ events, decision }: { events: readonly AidRequestEvent[]; decision?: string | undefined }) {
  if (events.length === 0) return <p>Aucun événement.</p>;
  const lastDecision = events.map((e) => e.action).lastIndexOf("ENREGISTRER_DECISION");
  return (
    <ol aria-label="Historique de la demande">
      {events.map((event, index) => (
        <li key={`${event.at ?? ""}-${index}`}>
          <strong>{formatDateTime(event.at)}</strong> — {eventText(event)}
          {event.agentName && ` (${event.agentName})`}
          {index === lastDecision && decision && <strong>{` — ${decision}`}</strong>}
          {event.comment && <p className="fr-text--sm fr-mb-1w">{event.comment}</p>}
        </li>
      ))}
    </ol>
  );
}

export function LettersList({ requestId }: { requestId: string }) {
  const letters = useLetters(requestId);
  const download = useDownloadLetter(requestId);
  if (letters.isPending) return <p role="status">Chargement des courriers…</p>;
  if (letters.isError) return <ErrorAlert error={letters.error} title="Les courriers n'ont pas pu être chargés" />;
  if (letters.data.length === 0) return <p>Aucun courrier pour l'instant.</p>;
  return (
    <>
      {download.isError && <ErrorAlert error={download.error} title="Le téléchargement a échoué" />}
      <ul aria-label="Courriers">
        {letters.data.map((letter) => (
          <li key={letter.id}>
            <Button
              priority="tertiary no outline"
              size="small"
              iconId="fr-icon-download-line"
              onClick={() => download.mutate(letter)}
            >
              {`${letter.kind ? (letterLabels[letter.kind] ?? letter.kind) : "Courrier"} du ${formatDateTime(letter.createdAt)} (PDF)`}
            </Button>
          </li>
        ))}
      </ul>
    </>
  );
}

export function AmountsPanel({ request }: { request: AidRequest }) {
  const rows: [string, string | undefined][] = [
    ["Montant demandé", request.requestedAmountCents == null ? undefined : formatCents(request.requestedAmountCents)],
    ["Montant proposé", request.proposedAmountCents == null ? undefined : formatCents(request.proposedAmountCents)],
    ["Montant accordé", request.grantedAmountCents == null ? undefined : formatCents(request.grantedAmountCents)],
    ["Avis du président", request.avis ? `${request.avis === "FAVORABLE" ? "Favorable" : "Défavorable"}${request.avisOn ? ` (le ${formatDate(request.avisOn)})` : ""}` : undefined],
    ["Motivation de l'avis", request.avisMotivation],
    ["Transmise le", formatDate(request.transmittedOn)],
    ["Décision", request.decision ? `${decisionLabels[request.decision] ?? request.decision}${request.decisionOn ? ` le ${formatDate(request.decisionOn)}` : ""}` : undefined],
    ["Date d'effet", formatDate(request.effectiveOn)],
    ["Paiement", request.paymentMethod ? `${request.paymentMethod}${request.paymentReference ? ` n° ${request.paymentReference}` : ""}` : undefined],
    ["Motif du classement", request.closedReason],
  ];
  const shown = rows.filter(([, value]) => value);
  if (shown.length === 0 && !request.baremeExplanation) return null;
  return (
    <section aria-labelledby="amounts-title" className="fr-mb-4w">
      <h2 id="amounts-title" className="fr-h4">
        Montants et décision
      </h2>
      <ul>
        {shown.map(([label, value]) => (
          <Row key={label} label={label} value={value} />
        ))}
      </ul>
      {request.baremeExplanation && (
        <div className="fr-callout">
          <h3 className="fr-callout__title fr-h6">Calcul du barème</h3>
          <p className="fr-callout__text fr-text--sm">{request.baremeExplanation}</p>
        </div>
      )}
    </section>
  );
}

/** The repayment schedule of an interest-free loan, and the form to record a repayment. */
export function LoanPanel({ requestId, canRecord }: { requestId: string; canRecord: boolean }) {
  const loan = useLoan(requestId, true);
  const repay = useRecordRepayment(requestId);
  const [amount, setAmount] = useState("");
  const [paidOn, setPaidOn] = useState("");
  const [error, setError] = useState<string | null>(null);
  if (loan.isPending) return <p role="status">Chargement de l'échéancier…</p>;
  if (loan.isError) return <ErrorAlert error={loan.error} title="L'échéancier n'a pas pu être chargé" />;
  const schedule = loan.data;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const cents = eurosToCents(amount);
    if (cents === null || cents === 0) {
      setError("Indiquez un montant en euros, par exemple 100 ou 100,50.");
      return;
    }
    setError(null);
    repay.mutate(
      { amountCents: cents, ...(paidOn ? { paidOn } : {}) },
      {
        onSuccess: () => {
          setAmount("");
          setPaidOn("");
        },
      },
    );
  };

  return (
    <section aria-labelledby="loan-title" className="fr-mb-4w">
      <h2 id="loan-title" className="fr-h4">
        Prêt : échéancier
      </h2>
      <p>
        Prêté : <strong>{formatCents(schedule.lentCents)}</strong> · remboursé : <strong>{formatCents(schedule.repaidCents)}</strong> ·
        reste dû : <strong>{formatCents(schedule.outstandingCents)}</strong>
      </p>
      <div className="fr-table">
        <table>
          <caption>Mensualités</caption>
          <thead>
            <tr>
              <th scope="col">N°</th>
              <th scope="col">Échéance</th>
              <th scope="col">Montant</th>
              <th scope="col">Payé</th>
              <th scope="col">État</th>
            </tr>
          </thead>
          <tbody>
            {(schedule.installments ?? []).map((i) => (
              <tr key={i.number}>
                <td>{i.number}</td>
                <td>{formatDate(i.dueOn)}</td>
                <td>{formatCents(i.amountCents)}</td>
                <td>{formatCents(i.paidCents)}</td>
                <td>{i.late ? "En retard" : (i.paidCents ?? 0) >= (i.amountCents ?? 0) ? "Payée" : "À venir"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {canRecord && (
        <form onSubmit={submit} noValidate aria-label="Enregistrer un remboursement">
          {repay.isError && <ErrorAlert error={repay.error} title="Le remboursement n'a pas été enregistré" />}
          {repay.isSuccess && (
            <p role="status" className="fr-text--sm">
              Remboursement enregistré.
            </p>
          )}
          <Input
            label="Montant remboursé (€)"
            state={error ? "error" : "default"}
            stateRelatedMessage={error ?? undefined}
            nativeInputProps={{ inputMode: "decimal", value: amount, onChange: (e) => setAmount(e.target.value) }}
          />
          <Input
            label="Date du remboursement"
            hintText="Aujourd'hui si vide"
            nativeInputProps={{ type: "date", value: paidOn, onChange: (e) => setPaidOn(e.target.value) }}
          />
          <Button type="submit" disabled={repay.isPending}>
            Enregistrer le remboursement
          </Button>
        </form>
      )}
    </section>
  );
}
