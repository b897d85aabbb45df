import type { NotificationView } from "../api/notifications-queries";

/** Where a notification leads: the request or the orientation it is about. */
export function targetOf(notification: NotificationView): { to: string; label: string } | null {
  const id = notification.targetId;
  if (!id) return null;
  switch (notification.targetType) {
    case "aid_request":
      return { to: `/demandes/${id}`, label: "Voir la demande" };
    case "orientation":
      return { to: `/orientations/${id}`, label: "Voir l'orientation" };
    default:
      return null;
  }
}

const kindLabels: Record<string, string> = {
  DECISION_DEPARTEMENT: "Décision du département",
  ACCUSE_RECEPTION_DEPARTEMENT: "Accusé de réception du département",
  REPONSE_ORIENTATION: "Réponse à une orientation",
};

export function kindLabel(kind: string | undefined): string {
  return kind ? (kindLabels[kind] ?? "Notification") : "Notification";
}

/** "Notifications, 2 non lues": what the header's bell says, to the eye and to screen readers. */
export function bellText(unread: number | undefined): string {
  if (!unread) return "Notifications";
  return `Notifications (${unread} non lue${unread > 1 ? "s" : ""})`;
}
