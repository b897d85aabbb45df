import { Link } from "react-router";
import type { AidRequestSummary } from "../api/types";
import { formatDate } from "@/lib/format/dates";
import { formatCents } from "@/lib/format/money";
import { DeadlineBadge, StatusBadge } from "./badges";

type RequestsTableProps = {
  caption: string;
  rows: readonly AidRequestSummary[];
  /** The person's own page leaves out the person column. */
  showPerson?: boolean;
};

export function RequestsTable({ caption, rows, showPerson = true }: RequestsTableProps) {
  return (
    <div className="fr-table fr-table--no-caption fr-mb-2w">
      <table>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Référence</th>
            {showPerson && <th scope="col">Personne</th>}
            <th scope="col">Aide</th>
            <th scope="col">Statut</th>
            <th scope="col">Dépôt</th>
            <th scope="col">Échéance</th>
            <th scope="col">Montant</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id}>
              <td>
                <Link to={`/demandes/${row.id}`}>{row.reference}</Link>
              </td>
              {showPerson && <td>{row.beneficiaryName}</td>}
              <td>{row.aidTypeLabel}</td>
              <td>
                <StatusBadge status={row.status} />
              </td>
              <td>{formatDate(row.depositedOn)}</td>
              <td>
                {row.kind === "LEGAL" && (
                  <DeadlineBadge daysLeft={row.daysLeft} overdue={row.overdue} alert={row.alert} />
                )}
                {row.kind === "LEGAL" && row.transmissionDue && (
                  <span className="fr-hint-text">avant le {formatDate(row.transmissionDue)}</span>
                )}
              </td>
              <td>{row.amountCents === undefined || row.amountCents === null ? "" : formatCents(row.amountCents)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
