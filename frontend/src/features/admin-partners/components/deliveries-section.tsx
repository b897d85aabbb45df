import { Badge } from "@codegouvfr/react-dsfr/Badge";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { Select } from "@codegouvfr/react-dsfr/Select";
import { useQueryClient } from "@tanstack/react-query";
import { Fragment, useState } from "react";
import { ErrorAlert } from "@/components/error-alert";
import { formatDateTime } from "@/lib/format/dates";
import { partnerKeys, useDeliveries, useDelivery, useReplayDelivery } from "../api/partners-queries";
import type { Delivery, DeliveryStatus } from "../api/types";
import { deliveryStatusLabels, eventTypeLabel } from "../model/vocabulary";

const pageSize = 20;
const statuses: DeliveryStatus[] = ["PENDING", "DELIVERED", "FAILED"];
const severities: Record<DeliveryStatus, "info" | "success" | "error"> = {
  PENDING: "info",
  DELIVERED: "success",
  FAILED: "error",
};

function DeliveryAttempts({ partnerId, delivery }: { partnerId: string; delivery: Delivery }) {
  const detail = useDelivery(partnerId, delivery.id ?? "", true);
  if (detail.isPending) return <p role="status">Chargement des essais…</p>;
  if (detail.isError) return <ErrorAlert error={detail.error} title="Le détail n'a pas pu être chargé" />;
  const attempts = detail.data.attempts ?? [];
  return (
    <div>
      {attempts.length === 0 ? (
        <p className="fr-text--sm">Aucun essai pour l'instant.</p>
      ) : (
        <ol aria-label="Essais de livraison" className="fr-text--sm">
          {attempts.map((a, index) => (
            <li key={`${a.attemptedAt ?? ""}-${index}`}>
              {`${formatDateTime(a.attemptedAt)} — ${a.httpStatus ? `HTTP ${a.httpStatus}` : "pas de réponse"}${a.error ? ` : ${a.error}` : ""} (${a.durationMs ?? 0} ms)`}
            </li>
          ))}
        </ol>
      )}
      <details>
        <summary className="fr-text--sm">Événement envoyé (JSON)</summary>
        <pre className="fr-text--xs">{detail.data.payload}</pre>
      </details>
    </div>
  );
}

/** The delivery log of the partner's webhooks: every event, its attempts, and a manual replay. */
export function DeliveriesSection({ partnerId }: { partnerId: string }) {
  const [status, setStatus] = useState<DeliveryStatus | undefined>(undefined);
  const [page, setPage] = useState(0);
  const [open, setOpen] = useState<string | null>(null);
  const deliveries = useDeliveries(partnerId, status, page, pageSize);
  const replay = useReplayDelivery(partnerId);
  const queryClient = useQueryClient();
  const rows = deliveries.data?.items ?? [];
  const pages = Math.max(1, Math.ceil((deliveries.data?.total ?? 0) / pageSize));

  return (
    <section aria-labelledby="deliveries-title" className="fr-mb-6w">
      <h2 id="deliveries-title" className="fr-h4">
        Journal des livraisons
      </h2>
      <div className="fr-grid-row fr-grid-row--gutters fr-grid-row--bottom">
        <div className="fr-col-12 fr-col-md-4">
          <Select
            label="État"
            nativeSelectProps={{
              value: status ?? "",
              onChange: (e) => {
                const value = e.target.value;
                setStatus(statuses.find((s) => s === value));
                setPage(0);
              },
            }}
          >
            <option value="">Tous</option>
            {statuses.map((s) => (
              <option key={s} value={s}>
                {deliveryStatusLabels[s]}
              </option>
            ))}
          </Select>
        </div>
        <div className="fr-col-12 fr-col-md-3 fr-mb-3w">
          <Button priority="tertiary" iconId="fr-icon-refresh-line" onClick={() =>
              void Promise.all([
                queryClient.invalidateQueries({ queryKey: partnerKeys.deliveries(partnerId) }),
                queryClient.invalidateQueries({ queryKey: partnerKeys.webhooks(partnerId) }),
              ])
            }>
            Actualiser
          </Button>
        </div>
      </div>
      {replay.isError && <ErrorAlert className="fr-mb-2w" error={replay.error} title="La livraison n'a pas été rejouée" />}
      {replay.isSuccess && (
        <p role="status" className="fr-text--sm">
          Livraison remise en file : elle repart au prochain passage du livreur.
        </p>
      )}
      {deliveries.isPending && <p role="status">Chargement du journal…</p>}
      {deliveries.isError && <ErrorAlert error={deliveries.error} title="Le journal n'a pas pu être chargé" />}
      {deliveries.isSuccess && rows.length === 0 && <p>Aucune livraison.</p>}
      {rows.length > 0 && (
        <div className="fr-table fr-table--no-caption">
          <table>
            <caption>Livraisons des webhooks</caption>
            <thead>
              <tr>
                <th scope="col">Événement</th>
                <th scope="col">Créé le</th>
                <th scope="col">État</th>
                <th scope="col">Essais</th>
                <th scope="col">Prochain essai</th>
                <th scope="col">Dernière erreur</th>
                <th scope="col">Actions</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((d) => {
                const id = d.id ?? "";
                const expanded = open === id;
                return (
                  <Fragment key={id}>
                    <tr>
                      <td>
                        {eventTypeLabel(d.eventType)}
                        <span className="fr-hint-text">
                          <code>{d.eventType}</code>
                        </span>
                      </td>
                      <td>{formatDateTime(d.createdAt)}</td>
                      <td>
                        {d.status && (
                          <Badge as="span" small severity={severities[d.status]}>
                            {deliveryStatusLabels[d.status]}
                          </Badge>
                        )}
                        {d.deliveredAt && <span className="fr-hint-text">{`le ${formatDateTime(d.deliveredAt)}`}</span>}
                      </td>
                      <td>{d.attempts}</td>
                      <td>{d.status === "PENDING" ? formatDateTime(d.nextAttemptAt) : "—"}</td>
                      <td className="fr-text--sm">{d.lastError ?? ""}</td>
                      <td>
                        <ul className="fr-btns-group fr-btns-group--sm fr-btns-group--inline-lg">
                          <li>
                            <Button
                              priority="tertiary"
                              size="small"
                              aria-expanded={expanded}
                              onClick={() => setOpen(expanded ? null : id)}
                            >
                              {expanded ? "Masquer les essais" : "Voir les essais"}
                            </Button>
                          </li>
                          <li>
                            <Button
                              priority="secondary"
                              size="small"
                              disabled={replay.isPending}
                              title="Renvoie le même événement (même identifiant) au prochain passage du livreur"
                              onClick={() => replay.mutate(id)}
                            >
                              Rejouer
                            </Button>
                          </li>
                        </ul>
                      </td>
                    </tr>
                    {expanded && (
                      <tr>
                        <td colSpan={7}>
                          <DeliveryAttempts partnerId={partnerId} delivery={d} />
                        </td>
                      </tr>
                    )}
                  </Fragment>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      {pages > 1 && (
        <ul className="fr-btns-group fr-btns-group--inline fr-btns-group--sm">
          <li>
            <Button priority="secondary" disabled={page === 0} onClick={() => setPage(page - 1)}>
              Page précédente
            </Button>
          </li>
          <li>
            <Button priority="secondary" disabled={page + 1 >= pages} onClick={() => setPage(page + 1)}>
              Page suivante
            </Button>
          </li>
        </ul>
      )}
    </section>
  );
}
