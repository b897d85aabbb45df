import { Pagination } from "@codegouvfr/react-dsfr/Pagination";
import { Tabs } from "@codegouvfr/react-dsfr/Tabs";
import { useSearchParams } from "react-router";
import { ErrorAlert } from "@/components/error-alert";
import { Loading } from "@/components/loading";
import { useDocumentTitle } from "@/lib/use-document-title";
import { useAidRequests, useQueueCounts } from "../api/aid-requests-queries";
import { RequestsTable } from "../components/requests-table";
import { byUrgency } from "../model/deadline";
import { isWorkQueue, queueLabels, workQueues, type WorkQueue } from "../model/vocabulary";

const pageSize = 20;

function QueueContent({ queue, page, onPage }: { queue: WorkQueue; page: number; onPage: (page: number) => string }) {
  const list = useAidRequests({ queue, page, size: pageSize });
  if (list.isPending) return <Loading label="Chargement des demandes…" />;
  if (list.isError) return <ErrorAlert error={list.error} title="Les demandes n'ont pas pu être chargées" />;
  const items = list.data.items ?? [];
  const rows = queue === "A_TRANSMETTRE" ? byUrgency(items) : items;
  const pages = Math.max(1, Math.ceil((list.data.total ?? 0) / pageSize));
  if (rows.length === 0) return <p>Aucune demande dans cette file.</p>;
  return (
    <>
      <RequestsTable caption={`Demandes — ${queueLabels[queue]}`} rows={rows} />
      {pages > 1 && (
        <Pagination
          count={pages}
          defaultPage={page + 1}
          getPageLinkProps={(n) => ({ to: onPage(n - 1) })}
          showFirstLast
        />
      )}
    </>
  );
}

/** The work queues: what each agent has to do next, legal deadlines first. */
export function QueuesRoute() {
  useDocumentTitle("Demandes d'aide");
  const [params, setParams] = useSearchParams();
  const counts = useQueueCounts();
  const requested = params.get("file");
  const queue: WorkQueue = isWorkQueue(requested) ? requested : "A_INSTRUIRE";
  const page = Math.max(0, Number(params.get("page") ?? "0") || 0);

  const pageLink = (n: number) => {
    const next = new URLSearchParams(params);
    if (n === 0) next.delete("page");
    else next.set("page", String(n));
    return `?${next.toString()}`;
  };

  return (
    <>
      <h1>Demandes d'aide</h1>
      <Tabs
        label="Files de travail"
        tabs={workQueues.map((q) => ({
          tabId: q,
          label: counts[q] === undefined ? queueLabels[q] : `${queueLabels[q]} (${counts[q]})`,
        }))}
        selectedTabId={queue}
        onTabChange={(next) => {
          const nextParams = new URLSearchParams();
          if (next !== "A_INSTRUIRE") nextParams.set("file", next);
          setParams(nextParams, { replace: true });
        }}
      >
        <QueueContent queue={queue} page={page} onPage={pageLink} />
      </Tabs>
    </>
  );
}
