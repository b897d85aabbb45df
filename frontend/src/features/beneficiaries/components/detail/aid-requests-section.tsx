import { useQuery } from "@tanstack/react-query";
import { Link } from "react-router";
import { ErrorAlert } from "@/components/error-alert";
import { api } from "@/lib/api/client";
import { unwrap } from "@/lib/api/unwrap";
import { formatDate } from "@/lib/format/dates";

const statusLabels: Record<string, string> = {
  BROUILLON: "Brouillon",
  DEPOSEE: "Déposée",
  INCOMPLETE: "Incomplète",
  COMPLETE: "Complète",
  AVIS_RENDU: "Avis rendu",
  TRANSMISE: "Transmise au département",
  DECIDEE: "Décidée",
  CLOSE: "Close",
  INSTRUITE: "Instruite",
  EN_COMMISSION: "En commission",
  ACCORDEE: "Accordée",
  REFUSEE: "Refusée",
  VERSEE: "Versée",
  SANS_SUITE: "Classée sans suite",
};

/** The person's aid requests, each a link to its page (the aid-request screens). */
export function AidRequestsSection({ beneficiaryId }: { beneficiaryId: string }) {
  const requests = useQuery({
    // Same key prefix as the aid-request screens, so that a new request refreshes this list.
    queryKey: ["aid-requests", "list", { queue: "TOUTES", beneficiaryId, page: 0, size: 50 }],
    queryFn: async () =>
      unwrap(
        await api.GET("/api/aid-requests", {
          params: { query: { queue: "TOUTES", beneficiaryId, page: 0, size: 50 } },
        }),
      ),
  });
  return (
    <section aria-labelledby="person-requests-title" className="fr-mb-4w">
      <h2 id="person-requests-title" className="fr-h4">
        Demandes d'aide
      </h2>
      {requests.isPending && <p role="status">Chargement des demandes…</p>}
      {requests.isError && <ErrorAlert error={requests.error} title="Les demandes n'ont pas pu être chargées" />}
      {requests.isSuccess && (requests.data.items ?? []).length === 0 && <p>Aucune demande d'aide.</p>}
      {requests.isSuccess && (requests.data.items ?? []).length > 0 && (
        <ul aria-label="Demandes d'aide de la personne">
          {(requests.data.items ?? []).map((row) => (
            <li key={row.id}>
              <Link to={`/demandes/${row.id ?? ""}`}>{`${row.reference ?? ""} — ${row.aidTypeLabel ?? ""}`}</Link>
              {` · ${row.status ? (statusLabels[row.status] ?? row.status) : ""}`}
              {row.depositedOn && ` · déposée le ${formatDate(row.depositedOn)}`}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
