import { Badge } from "@codegouvfr/react-dsfr/Badge";
import type { ReactNode } from "react";
import { Link } from "react-router";
import { ErrorAlert } from "@/components/error-alert";
import { formatDate, formatDateTime } from "@/lib/format/dates";
import { formatCents } from "@/lib/format/money";
import { useRequestTransmission } from "../api/transmission-queries";
import type { AidRequest, DepartementDecision, TransmissionView } from "../api/types";

/** Statuses from which a legal-aid request may be on a bordereau. */
const transmittable = ["AVIS_RENDU", "TRANSMISE", "DECIDEE", "CLOSE"];

export const departementDecisionLabels: Record<string, string> = { ACCORDEE: "Accordée", REFUSEE: "Refusée" };

function Step({ done, title, children }: { done: boolean; title: string; children?: ReactNode }) {
  return (
    <li className="fr-mb-2w">
      <Badge as="span" small severity={done ? "success" : "info"} noIcon={!done}>
        {done ? "Fait" : "En attente"}
      </Badge>{" "}
      <strong>{title}</strong>
      {children && <div className="fr-text--sm fr-mb-0">{children}</div>}
    </li>
  );
}

function DecisionFacts({ decision }: { decision: DepartementDecision }) {
  const rows: [string, string | null | undefined][] = [
    ["Décision", decision.decision ? (departementDecisionLabels[decision.decision] ?? decision.decision) : undefined],
    ["Date de la décision", formatDate(decision.decidedOn)],
    ["Montant", decision.amountCents == null ? undefined : formatCents(decision.amountCents)],
    ["Date d'effet", formatDate(decision.effectiveOn)],
    ["GIR retenu", decision.gir == null ? undefined : String(decision.gir)],
    ["Plan d'aide", decision.planAide],
    ["Motif", decision.motif],
  ];
  return (
    <ul aria-label="Décision du département">
      {rows
        .filter(([, value]) => value)
        .map(([name, value]) => (
          <li key={name}>
            {name} : <strong>{value}</strong>
          </li>
        ))}
    </ul>
  );
}

export function TransmissionSteps({ transmission }: { transmission: TransmissionView }) {
  const t = transmission;
  const sent = t.status !== "PREPAREE";
  const acknowledged = t.status === "RECUE" || t.status === "DECIDEE";
  return (
    <ol className="fr-raw-list" aria-label="Étapes de la transmission">
      <Step done={sent} title={sent ? `Envoyée le ${formatDateTime(t.sentAt)}` : "Sur un bordereau en préparation"}>
        <Link to={`/bordereaux/${t.bordereauId ?? ""}`}>{`Bordereau n° ${t.bordereauNumber ?? ""}`}</Link>
        {` · département ${t.departement ?? ""} · dossier version ${t.dossierVersion ?? "?"}`}
      </Step>
      <Step done={acknowledged} title={acknowledged ? "Accusé de réception du département" : "Accusé de réception attendu"}>
        {acknowledged && (
          <>
            {t.receivedOn ? `Reçu le ${formatDate(t.receivedOn)}` : `Enregistré le ${formatDateTime(t.acknowledgedAt)}`}
            {t.departementReference && ` · référence du département : ${t.departementReference}`}
          </>
        )}
      </Step>
      <Step done={t.status === "DECIDEE"} title={t.status === "DECIDEE" ? "Décision du département" : "Décision attendue"}>
        {t.decision && <DecisionFacts decision={t.decision} />}
      </Step>
    </ol>
  );
}

/** The request's journey to the département: bordereau, sending, acknowledgement, decision. */
export function TransmissionPanel({ request, canPrepare }: { request: AidRequest; canPrepare: boolean }) {
  const relevant = request.kind === "LEGAL" && transmittable.includes(request.status ?? "");
  const transmission = useRequestTransmission(request.id ?? "", relevant && !!request.id);
  if (!relevant) return null;
  return (
    <section aria-labelledby="transmission-title" className="fr-mb-4w">
      <h2 id="transmission-title" className="fr-h4">
        Transmission au département
      </h2>
      {transmission.isPending && <p role="status">Chargement de la transmission…</p>}
      {transmission.isError && (
        <ErrorAlert error={transmission.error} title="La transmission n'a pas pu être chargée" />
      )}
      {transmission.isSuccess && transmission.data === null && (
        <p>
          Cette demande n'est encore sur aucun bordereau.{" "}
          {canPrepare && <Link to="/bordereaux">Préparer un bordereau</Link>}
        </p>
      )}
      {transmission.isSuccess && transmission.data && <TransmissionSteps transmission={transmission.data} />}
    </section>
  );
}
