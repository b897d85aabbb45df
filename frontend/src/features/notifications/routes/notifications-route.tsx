import { Badge } from "@codegouvfr/react-dsfr/Badge";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { Pagination } from "@codegouvfr/react-dsfr/Pagination";
import { ToggleSwitch } from "@codegouvfr/react-dsfr/ToggleSwitch";
import { Link, useNavigate, useSearchParams } from "react-router";
import { ErrorAlert } from "@/components/error-alert";
import { Loading } from "@/components/loading";
import { formatDateTime } from "@/lib/format/dates";
import { useDocumentTitle } from "@/lib/use-document-title";
import { useMarkAllRead, useMarkRead, useNotifications, type NotificationView } from "../api/notifications-queries";
import { kindLabel, targetOf } from "../model/target";

const pageSize = 20;

function NotificationItem({ notification }: { notification: NotificationView }) {
  const markRead = useMarkRead();
  const navigate = useNavigate();
  const target = targetOf(notification);
  const id = notification.id ?? "";
  const open = (to: string) => {
    // Opening it is reading it; the page opens even if marking fails.
    if (!notification.read) markRead.mutate(id, { onSettled: () => navigate(to) });
    else navigate(to);
  };
  return (
    <li className="fr-mb-3w" aria-label={`${kindLabel(notification.kind)}${notification.read ? "" : ", non lue"}`}>
      <p className="fr-mb-1v">
        {!notification.read && (
          <>
            <Badge as="span" small severity="new">
              Non lue
            </Badge>{" "}
          </>
        )}
        <span className="fr-text--sm">{`${kindLabel(notification.kind)} · ${formatDateTime(notification.createdAt)}`}</span>
      </p>
      <p className={notification.read ? "fr-mb-1v" : "fr-mb-1v fr-text--bold"}>{notification.message}</p>
      <ul className="fr-btns-group fr-btns-group--inline fr-btns-group--sm">
        {target && (
          <li>
            <Link
              className="fr-btn fr-btn--secondary fr-btn--sm"
              to={target.to}
              onClick={(event) => {
                event.preventDefault();
                open(target.to);
              }}
            >
              {target.label}
            </Link>
          </li>
        )}
        {!notification.read && (
          <li>
            <Button priority="tertiary" size="small" disabled={markRead.isPending} onClick={() => markRead.mutate(id)}>
              Marquer comme lue
            </Button>
          </li>
        )}
      </ul>
      {markRead.isError && <ErrorAlert error={markRead.error} title="La notification n'a pas été marquée comme lue" />}
    </li>
  );
}

/** What happened elsewhere: the département's acknowledgements and decisions, the answers of the CAF and the MSA. */
export function NotificationsRoute() {
  useDocumentTitle("Notifications");
  const [params, setParams] = useSearchParams();
  const unreadOnly = params.get("nonlues") !== null;
  const page = Math.max(0, Number(params.get("page") ?? "0") || 0);
  const list = useNotifications(unreadOnly, page, pageSize);
  const markAll = useMarkAllRead();

  const pageLink = (n: number) => {
    const next = new URLSearchParams(params);
    if (n === 0) next.delete("page");
    else next.set("page", String(n));
    return `?${next.toString()}`;
  };

  const items = list.data?.items ?? [];
  const pages = Math.max(1, Math.ceil((list.data?.total ?? 0) / pageSize));
  return (
    <>
      <h1>Notifications</h1>
      <div className="fr-grid-row fr-grid-row--middle fr-grid-row--gutters fr-mb-2w">
        <div className="fr-col-12 fr-col-md-8">
          <ToggleSwitch
            label="Non lues seulement"
            inputTitle="Non lues seulement"
            checked={unreadOnly}
            showCheckedHint={false}
            onChange={(checked) => setParams(checked ? { nonlues: "1" } : {}, { replace: true })}
          />
        </div>
        <div className="fr-col-12 fr-col-md-4">
          <Button priority="secondary" disabled={markAll.isPending} onClick={() => markAll.mutate()}>
            Tout marquer comme lu
          </Button>
        </div>
      </div>
      {markAll.isError && <ErrorAlert error={markAll.error} title="Les notifications n'ont pas été marquées comme lues" />}
      {list.isPending && <Loading label="Chargement des notifications…" />}
      {list.isError && <ErrorAlert error={list.error} title="Les notifications n'ont pas pu être chargées" />}
      {list.isSuccess && items.length === 0 && (
        <p>{unreadOnly ? "Aucune notification non lue." : "Aucune notification."}</p>
      )}
      {items.length > 0 && (
        <ul className="fr-raw-list" aria-label="Notifications">
          {items.map((n) => (
            <NotificationItem key={n.id} notification={n} />
          ))}
        </ul>
      )}
      {pages > 1 && (
        <Pagination count={pages} defaultPage={page + 1} getPageLinkProps={(n) => ({ to: pageLink(n - 1) })} showFirstLast />
      )}
    </>
  );
}
