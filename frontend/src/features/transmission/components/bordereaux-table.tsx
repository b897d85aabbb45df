import { Badge } from "@codegouvfr/react-dsfr/Badge";
import { Link } from "react-router";
import { formatDate, formatDateTime } from "@/lib/format/dates";
import type { BordereauStatus, BordereauSummary } from "../api/types";
import { bordereauStatusLabels } from "../model/vocabulary";

export function BordereauStatusBadge({ status }: { status: BordereauStatus | undefined }) {
  if (!status) return null;
  return (
    <Badge as="span" small noIcon severity={status === "ENVOYE" ? "success" : "new"}>
      {bordereauStatusLabels[status]}
    </Badge>
  );
}

export function BordereauxTable({ rows }: { rows: readonly BordereauSummary[] }) {
  return (
    <div className="fr-table fr-table--no-caption">
      <table>
        <caption>Bordereaux de transmission</caption>
        <thead>
          <tr>
            <th scope="col">Numéro</th>
            <th scope="col">Département</th>
            <th scope="col">État</th>
            <th scope="col">Préparé le</th>
            <th scope="col">Envoyé le</th>
            <th scope="col">Demandes</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id}>
              <td>
                <Link to={`/bordereaux/${row.id ?? ""}`}>{`Bordereau n° ${row.number ?? ""}`}</Link>
              </td>
              <td>{row.departement}</td>
              <td>
                <BordereauStatusBadge status={row.status} />
              </td>
              <td>{formatDateTime(row.createdAt)}</td>
              <td>{formatDate(row.sentOn)}</td>
              <td>{row.requests}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
