import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { Link, useLocation, useParams } from "react-router";
import { ErrorAlert } from "@/components/error-alert";
import { Loading } from "@/components/loading";
import { ApiError } from "@/lib/api/problem";
import { formatDate, formatDateTime } from "@/lib/format/dates";
import { useDocumentTitle } from "@/lib/use-document-title";
import { useOrientation } from "../api/orientations-queries";
import { OrientationBadge } from "../components/orientation-badge";
import { consentModeLabels, motifLabels, outcomeLabels } from "../model/vocabulary";

/** One orientation: what was sent, with which consent, and what the partner answered. */
export function OrientationRoute() {
  useDocumentTitle("Orientation");
  const { id = "" } = useParams();
  const location = useLocation();
  const loaded = useOrientation(id);
  const created = (location.state as { created?: boolean } | null)?.created === true;
  const backLink = (
    <p className="fr-mb-2w">
      <Link className="fr-link fr-icon-arrow-left-line fr-link--icon-left" to="/orientations">
        Retour aux orientations
      </Link>
    </p>
  );
  if (loaded.isPending) return <Loading label="Chargement de l'orientation…" />;
  if (loaded.isError) {
    const notFound = loaded.error instanceof ApiError && loaded.error.status === 404;
    return (
      <>
        {backLink}
        <h1>{notFound ? "Orientation introuvable" : "Orientation"}</h1>
        <ErrorAlert error={loaded.error} title="L'orientation n'a pas pu être ouverte" />
      </>
    );
  }
  const o = loaded.data;
  return (
    <>
      {backLink}
      {created && (
        <Alert className="fr-mb-3w" severity="success" role="status" small description="L'orientation a été envoyée." />
      )}
      <h1 className="fr-mb-1w">{`Orientation ${o.reference ?? ""}`}</h1>
      <p>
        <Link to={`/beneficiaires/${o.beneficiaryId ?? ""}`}>{o.personName}</Link>
        {` · vers ${o.recipient?.name ?? ""} · `}
        <OrientationBadge status={o.status} />
      </p>
      <div className="fr-grid-row fr-grid-row--gutters">
        <section className="fr-col-12 fr-col-md-6" aria-labelledby="sent-title">
          <h2 id="sent-title" className="fr-h4">
            Envoi
          </h2>
          <ul>
            <li>
              Motif : <strong>{o.motif ? motifLabels[o.motif] : ""}</strong>
            </li>
            <li>Envoyée le {formatDateTime(o.sentAt)}</li>
            <li>
              {`Consentement ${o.consentMode ? (consentModeLabels[o.consentMode] ?? o.consentMode) : ""} recueilli le ${formatDate(o.consentOn)}`}
            </li>
          </ul>
          <h3 className="fr-h6">Message</h3>
          <p className="fr-text--sm">{o.message}</p>
        </section>
        <section className="fr-col-12 fr-col-md-6" aria-labelledby="answer-title">
          <h2 id="answer-title" className="fr-h4">
            Suivi par le partenaire
          </h2>
          <ul>
            <li>{o.acknowledgedAt ? `Prise en compte le ${formatDateTime(o.acknowledgedAt)}` : "Pas encore prise en compte"}</li>
            {o.answeredAt && <li>{`Réponse le ${formatDateTime(o.answeredAt)}`}</li>}
          </ul>
          {o.answerStatus ? (
            <div className="fr-callout">
              <h3 className="fr-callout__title fr-h6">{outcomeLabels[o.answerStatus]}</h3>
              {o.answerComment && <p className="fr-callout__text fr-text--sm">{o.answerComment}</p>}
            </div>
          ) : (
            <p>Aucune réponse pour l'instant.</p>
          )}
        </section>
      </div>
    </>
  );
}
