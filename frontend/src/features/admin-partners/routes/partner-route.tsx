import { Button } from "@codegouvfr/react-dsfr/Button";
import { Link, useParams } from "react-router";
import { ErrorAlert } from "@/components/error-alert";
import { Loading } from "@/components/loading";
import { formatDateTime } from "@/lib/format/dates";
import { useDocumentTitle } from "@/lib/use-document-title";
import { usePartners, useSetPartnerEnabled } from "../api/partners-queries";
import type { PartnerClient } from "../api/types";
import { DeliveriesSection } from "../components/deliveries-section";
import { PartnerState } from "../components/partners-table";
import { SecretRotation } from "../components/secret-rotation";
import { WebhooksSection } from "../components/webhooks-section";
import { partnerTypeLabels } from "../model/vocabulary";

function EnableToggle({ partner }: { partner: PartnerClient }) {
  const change = useSetPartnerEnabled(partner.id ?? "", !partner.enabled);
  return (
    <>
      {change.isError && <ErrorAlert className="fr-mb-2w" error={change.error} title="L'opération a échoué" />}
      <Button
        priority="tertiary"
        iconId={partner.enabled ? "fr-icon-close-circle-line" : "fr-icon-check-line"}
        disabled={change.isPending}
        onClick={() => change.mutate()}
      >
        {partner.enabled ? "Désactiver le partenaire" : "Réactiver le partenaire"}
      </Button>
    </>
  );
}

/** One partner: its identifiers, its secret's rotation, its webhooks and their delivery log. */
export function PartnerRoute() {
  useDocumentTitle("Partenaire");
  const { id = "" } = useParams();
  const partners = usePartners();
  const backLink = (
    <p className="fr-mb-2w">
      <Link className="fr-link fr-icon-arrow-left-line fr-link--icon-left" to="/administration/partenaires">
        Retour aux partenaires
      </Link>
    </p>
  );
  if (partners.isPending) return <Loading label="Chargement du partenaire…" />;
  if (partners.isError) {
    return (
      <>
        {backLink}
        <h1>Partenaire</h1>
        <ErrorAlert error={partners.error} title="Le partenaire n'a pas pu être chargé" />
      </>
    );
  }
  const partner = partners.data.find((p) => p.id === id);
  if (!partner) {
    return (
      <>
        {backLink}
        <h1>Partenaire introuvable</h1>
        <p>Aucun partenaire de l'organisation n'a cet identifiant.</p>
      </>
    );
  }
  return (
    <>
      {backLink}
      <h1 className="fr-mb-1w">{partner.name}</h1>
      <p>
        {partner.type ? partnerTypeLabels[partner.type] : ""}
        {partner.type === "DEPARTEMENT" && partner.departement ? ` ${partner.departement}` : ""}
        {" · "}
        <PartnerState partner={partner} />
      </p>
      <ul>
        <li>
          Identifiant client (client_id) : <code>{partner.clientId}</code>
        </li>
        <li>Enregistré le {formatDateTime(partner.createdAt)}</li>
        <li>Dernier accès : {partner.lastUsedAt ? formatDateTime(partner.lastUsedAt) : "jamais"}</li>
        <li>
          Limite de débit :{" "}
          {partner.rateLimitPerMinute ? `${partner.rateLimitPerMinute} requêtes par minute` : "valeur par défaut de l'instance"}
        </li>
      </ul>
      <p>
        <EnableToggle partner={partner} />
      </p>
      <SecretRotation partner={partner} />
      <WebhooksSection partnerId={id} />
      <DeliveriesSection partnerId={id} />
    </>
  );
}
