import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { Link, useLocation, useParams } from "react-router";
import { ErrorAlert } from "@/components/error-alert";
import { Loading } from "@/components/loading";
import { ApiError } from "@/lib/api/problem";
import { useMe } from "@/lib/auth/session-store";
import { useDocumentTitle } from "@/lib/use-document-title";
import { useAidRequest } from "../api/aid-requests-queries";
import { dossierFamilies } from "../api/dossier-queries";
import { ActionPanel } from "../components/action-panel";
import { DossierPanel } from "../components/dossier-panel";
import { StatusBadge } from "../components/badges";
import { PiecesChecklist } from "../components/pieces-checklist";
import { TransmissionPanel } from "../components/transmission-panel";
import { AmountsPanel, DeadlinesPanel, decisionSummary, LettersList, LoanPanel, Timeline } from "../components/request-sections";
import { formatDate } from "@/lib/format/dates";
import { canHandlePieces, canManageCommission } from "../model/permissions";

const closedStatuses = ["CLOSE", "SANS_SUITE", "REFUSEE", "VERSEE", "DECIDEE", "TRANSMISE"];

/** One request: where it stands, what it lacks, what can be done now. */
export function AidRequestRoute() {
  useDocumentTitle("Demande d'aide");
  const { id = "" } = useParams();
  const me = useMe();
  const location = useLocation();
  const loaded = useAidRequest(id);
  const created = (location.state as { created?: boolean } | null)?.created === true;

  const backLink = (
    <p className="fr-mb-2w">
      <Link className="fr-link fr-icon-arrow-left-line fr-link--icon-left" to="/demandes">
        Retour aux files de travail
      </Link>
    </p>
  );
  if (loaded.isPending) return <Loading label="Chargement de la demande…" />;
  if (loaded.isError) {
    const notFound = loaded.error instanceof ApiError && loaded.error.status === 404;
    return (
      <>
        {backLink}
        <h1>{notFound ? "Demande introuvable" : "Demande d'aide"}</h1>
        <ErrorAlert error={loaded.error} title="La demande n'a pas pu être ouverte" />
      </>
    );
  }

  const { request, etag } = loaded.data;
  const person = request.beneficiary;
  const personName = [person?.usageName ?? person?.birthName, person?.firstNames].filter(Boolean).join(" ");
  const editablePieces = canHandlePieces(me) && !closedStatuses.includes(request.status ?? "");
  const isLoan = request.aidType?.code === "PRET_SANS_INTERET" && request.status === "VERSEE";

  return (
    <>
      {backLink}
      {created && (
        <Alert className="fr-mb-3w" severity="success" role="status" small description="La demande a été créée." />
      )}
      <h1 className="fr-mb-1w">{`Demande ${request.reference ?? ""}`}</h1>
      <p className="fr-text--lead fr-mb-1w">{request.aidType?.label}</p>
      <p>
        {person?.id && <Link to={`/beneficiaires/${person.id}`}>{personName || "Fiche de la personne"}</Link>}
        {" · "}
        <StatusBadge status={request.status} />
        {request.depositedOn && ` · déposée le ${formatDate(request.depositedOn)}`}
        {request.kind === "LEGAL" ? " · aide légale" : " · aide facultative"}
      </p>
      {(request.warnings ?? []).length > 0 && (
        <Alert
          className="fr-mb-3w"
          severity="warning"
          title="À vérifier"
          description={
            <ul>
              {(request.warnings ?? []).map((w) => (
                <li key={`${w.field ?? ""}-${w.message ?? ""}`}>{w.message}</li>
              ))}
            </ul>
          }
        />
      )}
      <section aria-labelledby="actions-title" className="fr-mb-4w">
        <h2 id="actions-title" className="fr-h4">
          Actions
        </h2>
        <ActionPanel request={request} etag={etag} />
      </section>
      <div className="fr-grid-row fr-grid-row--gutters">
        <div className="fr-col-12 fr-col-lg-7">
          <section aria-labelledby="pieces-title" className="fr-mb-4w">
            <h2 id="pieces-title" className="fr-h4">
              Pièces justificatives
            </h2>
            <PiecesChecklist requestId={id} pieces={request.pieces ?? []} editable={editablePieces} />
          </section>
        </div>
        <div className="fr-col-12 fr-col-lg-5">
          <TransmissionPanel request={request} canPrepare={canManageCommission(me)} />
          <DeadlinesPanel request={request} />
          <AmountsPanel request={request} />
          <section aria-labelledby="letters-title" className="fr-mb-4w">
            <h2 id="letters-title" className="fr-h4">
              Courriers
            </h2>
            <LettersList requestId={id} />
          </section>
        </div>
      </div>
      {dossierFamilies.includes(request.aidType?.legalFamily ?? "") && <DossierPanel request={request} me={me} />}
      {isLoan && <LoanPanel requestId={id} canRecord={canHandlePieces(me)} />}
      <section aria-labelledby="timeline-title" className="fr-mb-4w">
        <h2 id="timeline-title" className="fr-h4">
          Historique
        </h2>
        <Timeline events={request.timeline ?? []} decision={decisionSummary(request)} />
      </section>
    </>
  );
}
