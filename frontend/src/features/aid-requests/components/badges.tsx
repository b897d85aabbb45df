import { Badge } from "@codegouvfr/react-dsfr/Badge";
import type { RequestStatus } from "../api/types";
import { deadlineBadge } from "../model/deadline";
import { statusLabel, statusSeverity } from "../model/vocabulary";

export function StatusBadge({ status }: { status: RequestStatus | undefined }) {
  if (!status) return null;
  const severity = statusSeverity[status];
  return (
    <Badge as="span" small noIcon {...(severity ? { severity } : {})}>
      {statusLabel(status)}
    </Badge>
  );
}

type DeadlineProps = { daysLeft?: number | null; overdue?: boolean | null; alert?: boolean | null };

/** "J-8", orange from the alert day, red once late; nothing without a deadline. */
export function DeadlineBadge(props: DeadlineProps) {
  const badge = deadlineBadge(props);
  if (!badge) return null;
  return (
    <span title={badge.title}>
      <Badge as="span" small severity={badge.severity}>
        {badge.text}
      </Badge>
    </span>
  );
}
