import { useQuery } from "@tanstack/react-query";
import { Link } from "react-router";
import { ErrorAlert } from "@/components/error-alert";
import { api } from "@/lib/api/client";
import { unwrap } from "@/lib/api/unwrap";
import { formatDateTime } from "@/lib/format/dates";

const statusLabels: Record<string, string> = {
  ENVOYEE: "envoyée",
  PRISE_EN_COMPTE: "prise en compte",
  REPONDUE: "réponse reçue",
};

/** The person's orientations to the CAF and the MSA, each a link to its page (the orientation screens). */
export function OrientationsSection({ beneficiaryId, canOrient }: { beneficiaryId: string; canOrient: boolean }) {
  const orientations = useQuery({
    // Same key prefix as the orientation screens, so that a new orientation refreshes this list.
    queryKey: ["orientations", "list", { beneficiaryId, page: 0, size: 50 }],
    queryFn: async () =>
      unwrap(await api.GET("/api/orientations", { params: { query: { beneficiaryId, page: 0, size: 50 } } })),
  });
  const items = orientations.data?.items ?? [];
  return (
    <section aria-labelledby="person-orientations-title" className="fr-mb-4w">
      <h2 id="person-orientations-title" className="fr-h4">
        Orientations CAF et MSA
      </h2>
      {orientations.isPending && <p role="status">Chargement des orientations…</p>}
      {orientations.isError && <ErrorAlert error={orientations.error} title="Les orientations n'ont pas pu être chargées" />}
      {orientations.isSuccess && items.length === 0 && <p>Aucune orientation.</p>}
      {items.length > 0 && (
        <ul aria-label="Orientations de la personne">
          {items.map((o) => (
            <li key={o.id}>
              <Link to={`/orientations/${o.id ?? ""}`}>{`${o.reference ?? ""} — ${o.recipient?.name ?? ""}`}</Link>
              {` · ${o.status ? (statusLabels[o.status] ?? o.status) : ""} · le ${formatDateTime(o.sentAt)}`}
            </li>
          ))}
        </ul>
      )}
      {canOrient && (
        <Link
          className="fr-btn fr-btn--secondary fr-btn--sm fr-btn--icon-left fr-icon-share-forward-line"
          to={`/beneficiaires/${beneficiaryId}/orienter`}
        >
          Orienter vers la CAF ou la MSA
        </Link>
      )}
    </section>
  );
}
