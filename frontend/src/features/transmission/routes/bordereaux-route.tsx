import { Pagination } from "@codegouvfr/react-dsfr/Pagination";
import { useSearchParams } from "react-router";
import { ErrorAlert } from "@/components/error-alert";
import { Loading } from "@/components/loading";
import { useMe } from "@/lib/auth/session-store";
import { useDocumentTitle } from "@/lib/use-document-title";
import { useBordereaux, useCandidates } from "../api/bordereaux-queries";
import { BordereauxTable } from "../components/bordereaux-table";
import { CandidatesPanel } from "../components/candidates-panel";
import { canPrepareBordereaux } from "../model/permissions";

const pageSize = 20;

function BordereauxList() {
  const [params] = useSearchParams();
  const page = Math.max(0, Number(params.get("page") ?? "0") || 0);
  const list = useBordereaux(page, pageSize);
  if (list.isPending) return <Loading label="Chargement des bordereaux…" />;
  if (list.isError) return <ErrorAlert error={list.error} title="Les bordereaux n'ont pas pu être chargés" />;
  const rows = list.data.items ?? [];
  if (rows.length === 0) return <p>Aucun bordereau pour l'instant.</p>;
  const pages = Math.max(1, Math.ceil((list.data.total ?? 0) / pageSize));
  return (
    <>
      <BordereauxTable rows={rows} />
      {pages > 1 && (
        <Pagination
          count={pages}
          defaultPage={page + 1}
          getPageLinkProps={(n) => ({ to: n === 1 ? "?" : `?page=${n - 1}` })}
          showFirstLast
        />
      )}
    </>
  );
}

/** Transmission to the département: ready requests grouped into bordereaux, and the bordereaux sent. */
export function BordereauxRoute() {
  useDocumentTitle("Transmission au département");
  const me = useMe();
  const candidates = useCandidates();
  return (
    <>
      <h1>Transmission au département</h1>
      <p className="fr-text--lead">
        Les dossiers d'aide légale partent au président du conseil départemental avec l'avis du président du CCAS, dans le mois
        qui suit le dépôt.
      </p>
      <section aria-labelledby="candidates-title" className="fr-mb-6w">
        <h2 id="candidates-title" className="fr-h4">
          Demandes prêtes à transmettre
        </h2>
        {candidates.isPending && <Loading label="Chargement des demandes prêtes…" />}
        {candidates.isError && <ErrorAlert error={candidates.error} title="Les demandes prêtes n'ont pas pu être chargées" />}
        {candidates.isSuccess && <CandidatesPanel candidates={candidates.data} canPrepare={canPrepareBordereaux(me)} />}
      </section>
      <section aria-labelledby="bordereaux-title">
        <h2 id="bordereaux-title" className="fr-h4">
          Bordereaux
        </h2>
        <BordereauxList />
      </section>
    </>
  );
}
