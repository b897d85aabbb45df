import { Badge } from "@codegouvfr/react-dsfr/Badge";
import { Link } from "react-router";
import { formatDateTime } from "@/lib/format/dates";
import type { PartnerClient } from "../api/types";
import { partnerTypeLabels } from "../model/vocabulary";

export function PartnerState({ partner }: { partner: PartnerClient }) {
  return (
    <>
      <Badge as="span" small noIcon severity={partner.enabled ? "success" : "error"}>
        {partner.enabled ? "Actif" : "Désactivé"}
      </Badge>
      {partner.rotationInProgress && (
        <>
          {" "}
          <Badge as="span" small noIcon severity="warning">
            Rotation du secret en cours
          </Badge>
        </>
      )}
    </>
  );
}

export function PartnersTable({ partners }: { partners: readonly PartnerClient[] }) {
  return (
    <div className="fr-table fr-table--no-caption">
      <table>
        <caption>Partenaires</caption>
        <thead>
          <tr>
            <th scope="col">Nom</th>
            <th scope="col">Type</th>
            <th scope="col">Identifiant client</th>
            <th scope="col">État</th>
            <th scope="col">Dernier accès</th>
          </tr>
        </thead>
        <tbody>
          {partners.map((p) => (
            <tr key={p.id}>
              <td>
                <Link to={`/administration/partenaires/${p.id ?? ""}`}>{p.name}</Link>
              </td>
              <td>
                {p.type ? partnerTypeLabels[p.type] : ""}
                {p.type === "DEPARTEMENT" && p.departement ? ` (${p.departement})` : ""}
              </td>
              <td>
                <code>{p.clientId}</code>
              </td>
              <td>
                <PartnerState partner={p} />
              </td>
              <td>{p.lastUsedAt ? formatDateTime(p.lastUsedAt) : "Jamais"}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
