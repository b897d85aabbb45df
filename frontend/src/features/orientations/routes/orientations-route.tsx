import { Pagination } from "@codegouvfr/react-dsfr/Pagination";
import { Tabs } from "@codegouvfr/react-dsfr/Tabs";
import { Link, useSearchParams } from "react-router";
import { ErrorAlert } from "@/components/error-alert";
import { Loading } from "@/components/loading";
import { formatDateTime } from "@/lib/format/dates";
import { useDocumentTitle } from "@/lib/use-document-title";
import { useOrientations } from "../api/orientations-queries";
import type { OrientationStatus } from "../api/types";
import { OrientationBadge } from "../components/orientation-badge";
import { motifLabels, outcomeLabels } from "../model/vocabulary";

const pageSize = 20;
const views = [
  { tabId: "toutes", label: "Toutes", status: undefined },
  { tabId: "en-attente", label: "En attente de réponse", status: "ENVOYEE" },
  { tabId: "prises-en-compte", label: "Prises en compte", status: "PRISE_EN_COMPTE" },
  { tabId: "reponses", label: "Réponses reçues", status: "REPONDUE" },
] as const satisfies readonly { tabId: string; label: string; status: OrientationStatus | undefined }[];

function OrientationsList({ status, page }: { status: OrientationStatus | undefined; page: number }) {
  const list = useOrientations({ ...(status ? { status } : {}), page, size: pageSize });
  const [params] = useSearchParams();
  if (list.isPending) return <Loading label="Chargement des orientations…" />;
  if (list.isError) return <ErrorAlert error={list.error} title="Les orientations n'ont pas pu être chargées" />;
  const rows = list.data.items ?? [];
  if (rows.length === 0) return <p>Aucune orientation.</p>;
  const pages = Math.max(1, Math.ceil((list.data.total ?? 0) / pageSize));
  const pageLink = (n: number) => {
    const next = new URLSearchParams(params);
    if (n === 0) next.delete("page");
    else next.set("page", String(n));
    return `?${next.toString()}`;
  };
  return (
    <>
      <div className="fr-table fr-table--no-caption">
        <table>
          <caption>Orientations</caption>
          <thead>
            <tr>
              <th scope="col">Référence</th>
              <th scope="col">Personne</th>
              <th scope="col">Destinataire</th>
              <th scope="col">Motif</th>
              <th scope="col">Envoyée le</th>
              <th scope="col">État</th>
              <th scope="col">Réponse</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((o) => (
              <tr key={o.id}>
                <td>
                  <Link to={`/orientations/${o.id ?? ""}`}>{o.reference}</Link>
                </td>
                <td>
                  <Link to={`/beneficiaires/${o.beneficiaryId ?? ""}`}>{o.personName}</Link>
                </td>
                <td>{o.recipient?.name}</td>
                <td>{o.motif ? motifLabels[o.motif] : ""}</td>
                <td>{formatDateTime(o.sentAt)}</td>
                <td>
                  <OrientationBadge status={o.status} />
                </td>
                <td>
                  {o.answerStatus ? outcomeLabels[o.answerStatus] : ""}
                  {o.answerComment && <span className="fr-hint-text">{o.answerComment}</span>}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {pages > 1 && (
        <Pagination count={pages} defaultPage={page + 1} getPageLinkProps={(n) => ({ to: pageLink(n - 1) })} showFirstLast />
      )}
    </>
  );
}

/** The orientations sent to the CAF and the MSA, and their answers. */
export function OrientationsRoute() {
  useDocumentTitle("Orientations");
  const [params, setParams] = useSearchParams();
  const view = views.find((v) => v.tabId === params.get("vue")) ?? views[0];
  const page = Math.max(0, Number(params.get("page") ?? "0") || 0);
  return (
    <>
      <h1>Orientations vers la CAF et la MSA</h1>
      <p>
        Pour orienter une personne, ouvrez sa fiche puis « Orienter vers la CAF ou la MSA » : son consentement est demandé à
        chaque fois.
      </p>
      <Tabs
        label="Orientations par état"
        tabs={views.map((v) => ({ tabId: v.tabId, label: v.label }))}
        selectedTabId={view.tabId}
        onTabChange={(next) => setParams(next === "toutes" ? {} : { vue: next }, { replace: true })}
      >
        <OrientationsList status={view.status} page={page} />
      </Tabs>
    </>
  );
}
