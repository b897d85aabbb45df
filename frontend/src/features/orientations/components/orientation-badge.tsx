import { Badge } from "@codegouvfr/react-dsfr/Badge";
import type { OrientationStatus } from "../api/types";
import { statusLabels, statusSeverity } from "../model/vocabulary";

export function OrientationBadge({ status }: { status: OrientationStatus | undefined }) {
  if (!status) return null;
  return (
    <Badge as="span" small noIcon severity={statusSeverity[status]}>
      {statusLabels[status]}
    </Badge>
  );
}
