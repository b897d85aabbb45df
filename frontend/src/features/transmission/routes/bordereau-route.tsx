import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { Input } from "@codegouvfr/react-dsfr/Input";
import { useState, type FormEvent } from "react";
import { Link, useLocation, useNavigate, useParams } from "react-router";
import { ErrorAlert } from "@/components/error-alert";
import { Loading } from "@/components/loading";
import { ApiError } from "@/lib/api/problem";
import { useMe } from "@/lib/auth/session-store";
import { formatDate, formatDateTime } from "@/lib/format/dates";
import { useDocumentTitle } from "@/lib/use-document-title";
import {
  useBordereau,
  useDeleteBordereau,
  useDownloadBordereauPdf,
  useSendBordereau,
} from "../api/bordereaux-queries";
import type { BordereauView } from "../api/types";
import { BordereauStatusBadge } from "../components/bordereaux-table";
import { canPrepareBordereaux } from "../model/permissions";
import { avisLabels, decisionLabels, label, lineStatusLabels } from "../model/vocabulary";

/** Today in Paris, as the date input wants it (YYYY-MM-DD). */
function today(): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Paris" }).format(new Date());
}

function SendForm({ bordereau }: { bordereau: BordereauView }) {
  const send = useSendBordereau(bordereau.id ?? "");
  const [confirming, setConfirming] = useState(false);
  const [sentOn, setSentOn] = useState(today);
  const fieldErrors = send.error instanceof ApiError ? send.error.fieldErrors : {};
  const count = bordereau.lines?.length ?? 0;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    send.mutate(sentOn || undefined, { onSuccess: () => setConfirming(false) });
  };

  if (!confirming) {
    return (
      <Button iconId="fr-icon-send-plane-line" onClick={() => setConfirming(true)}>
        Envoyer le bordereau
      </Button>
    );
  }
  return (
    <form onSubmit={submit} noValidate aria-label="Envoyer le bordereau" className="fr-mb-2w">
      {send.isError && <ErrorAlert className="fr-mb-2w" error={send.error} title="Le bordereau n'a pas été envoyé" />}
      <p>
        {`Les ${count} demande${count > 1 ? "s" : ""} du bordereau passeront « Transmise au département » à la date d'envoi ; le département les trouvera dans son accès API.`}
      </p>
      <Input
        label="Date d'envoi"
        state={fieldErrors.sentOn ? "error" : "default"}
        stateRelatedMessage={fieldErrors.sentOn}
        nativeInputProps={{ type: "date", value: sentOn, max: today(), onChange: (e) => setSentOn(e.target.value) }}
      />
      <ul className="fr-btns-group fr-btns-group--inline-md">
        <li>
          <Button type="submit" disabled={send.isPending}>
            Confirmer l'envoi
          </Button>
        </li>
        <li>
          <Button priority="secondary" type="button" onClick={() => setConfirming(false)}>
            Annuler
          </Button>
        </li>
      </ul>
    </form>
  );
}

function Lines({ bordereau }: { bordereau: BordereauView }) {
  return (
    <div className="fr-table fr-table--no-caption">
      <table>
        <caption>Demandes du bordereau</caption>
        <thead>
          <tr>
            <th scope="col">N°</th>
            <th scope="col">Demande</th>
            <th scope="col">Personne</th>
            <th scope="col">Aide</th>
            <th scope="col">Avis</th>
            <th scope="col">Dossier</th>
            <th scope="col">Suivi</th>
          </tr>
        </thead>
        <tbody>
          {(bordereau.lines ?? []).map((line) => (
            <tr key={line.transmissionId ?? line.requestId}>
              <td>{line.position}</td>
              <td>
                <Link to={`/demandes/${line.requestId ?? ""}`}>{line.reference}</Link>
              </td>
              <td>{line.personName}</td>
              <td>{line.aidTypeLabel}</td>
              <td>{label(avisLabels, line.avis)}</td>
              <td>{`version ${line.dossierVersion ?? "?"}`}</td>
              <td>
                {label(lineStatusLabels, line.status)}
                {line.departementReference && (
                  <span className="fr-hint-text">{`Réf. département : ${line.departementReference}`}</span>
                )}
                {line.decision && (
                  <span className="fr-hint-text">
                    {`${label(decisionLabels, line.decision)}${line.decidedOn ? ` le ${formatDate(line.decidedOn)}` : ""}`}
                  </span>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** One bordereau: its requests and where each stands, sending, the PDF. */
export function BordereauRoute() {
  useDocumentTitle("Bordereau de transmission");
  const { id = "" } = useParams();
  const me = useMe();
  const location = useLocation();
  const navigate = useNavigate();
  const loaded = useBordereau(id);
  const download = useDownloadBordereauPdf();
  const remove = useDeleteBordereau(id);
  const created = (location.state as { created?: boolean } | null)?.created === true;

  const backLink = (
    <p className="fr-mb-2w">
      <Link className="fr-link fr-icon-arrow-left-line fr-link--icon-left" to="/bordereaux">
        Retour à la transmission
      </Link>
    </p>
  );
  if (loaded.isPending) return <Loading label="Chargement du bordereau…" />;
  if (loaded.isError) {
    const notFound = loaded.error instanceof ApiError && loaded.error.status === 404;
    return (
      <>
        {backLink}
        <h1>{notFound ? "Bordereau introuvable" : "Bordereau de transmission"}</h1>
        <ErrorAlert error={loaded.error} title="Le bordereau n'a pas pu être ouvert" />
      </>
    );
  }
  const b = loaded.data;
  const draft = b.status === "BROUILLON";
  const canPrepare = canPrepareBordereaux(me);
  return (
    <>
      {backLink}
      {created && draft && (
        <Alert className="fr-mb-3w" severity="success" role="status" small description="Le bordereau a été préparé." />
      )}
      <h1 className="fr-mb-1w">{`Bordereau n° ${b.number ?? ""}`}</h1>
      <p>
        {`Département ${b.departement ?? ""} · `}
        <BordereauStatusBadge status={b.status} />
        {` · préparé le ${formatDateTime(b.createdAt)}`}
        {b.sentOn && ` · envoyé le ${formatDate(b.sentOn)}`}
      </p>
      {b.status === "ENVOYE" && (
        <Alert
          className="fr-mb-3w"
          severity="success"
          small
          description={`Bordereau envoyé le ${formatDate(b.sentOn)} : ses demandes sont transmises au département ${b.departement ?? ""}.`}
        />
      )}
      {download.isError && <ErrorAlert className="fr-mb-2w" error={download.error} title="Le téléchargement a échoué" />}
      {remove.isError && <ErrorAlert className="fr-mb-2w" error={remove.error} title="Le bordereau n'a pas été supprimé" />}
      <ul className="fr-btns-group fr-btns-group--inline-md fr-btns-group--icon-left fr-mb-2w">
        <li>
          <Button
            priority="secondary"
            iconId="fr-icon-download-line"
            disabled={download.isPending}
            onClick={() => download.mutate({ id, ...(b.number ? { number: b.number } : {}) })}
          >
            Télécharger le PDF
          </Button>
        </li>
        {draft && canPrepare && (
          <li>
            <Button
              priority="tertiary"
              iconId="fr-icon-delete-line"
              disabled={remove.isPending}
              onClick={() => remove.mutate(undefined, { onSuccess: () => navigate("/bordereaux") })}
            >
              Supprimer le bordereau
            </Button>
          </li>
        )}
      </ul>
      {draft && canPrepare && <SendForm bordereau={b} />}
      <h2 className="fr-h4 fr-mt-4w">Demandes</h2>
      <Lines bordereau={b} />
    </>
  );
}
