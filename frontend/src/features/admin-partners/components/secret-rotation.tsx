import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { useState } from "react";
import { ErrorAlert } from "@/components/error-alert";
import { formatDateTime } from "@/lib/format/dates";
import { useRetirePreviousSecret, useRotateSecret } from "../api/partners-queries";
import type { PartnerClient } from "../api/types";
import { SecretOnce } from "./secret-once";

/**
 * Rotation without downtime: a new secret (shown once) while the old one stays
 * accepted, until the administrator retires it once the partner has switched.
 */
export function SecretRotation({ partner }: { partner: PartnerClient }) {
  const id = partner.id ?? "";
  const rotate = useRotateSecret(id);
  const retire = useRetirePreviousSecret(id);
  const [confirming, setConfirming] = useState(false);
  const [secret, setSecret] = useState<string | null>(null);

  const doRotate = () =>
    rotate.mutate(undefined, {
      onSuccess: (result) => {
        setSecret(result.clientSecret ?? null);
        setConfirming(false);
        rotate.reset();
      },
    });

  return (
    <section aria-labelledby="secret-title" className="fr-mb-6w">
      <h2 id="secret-title" className="fr-h4">
        Secret client
      </h2>
      {secret && (
        <SecretOnce
          title="Nouveau secret"
          secret={secret}
          identifier={{ label: "Identifiant client (client_id)", value: partner.clientId ?? "" }}
          onDone={() => setSecret(null)}
        >
          <p>
            L'ancien secret reste accepté jusqu'à ce que vous le retiriez : le partenaire a le temps de passer au nouveau sans
            interruption.
          </p>
        </SecretOnce>
      )}
      {rotate.isError && <ErrorAlert className="fr-mb-2w" error={rotate.error} title="Le secret n'a pas été renouvelé" />}
      {retire.isError && <ErrorAlert className="fr-mb-2w" error={retire.error} title="L'ancien secret n'a pas été retiré" />}
      {retire.isSuccess && !partner.rotationInProgress && (
        <Alert className="fr-mb-2w" severity="success" small role="status" description="L'ancien secret est retiré : seul le nouveau est accepté." />
      )}
      {partner.rotationInProgress ? (
        <Alert
          className="fr-mb-2w"
          severity="warning"
          title="Rotation en cours"
          description={`Deux secrets sont acceptés depuis le ${formatDateTime(partner.secretRotatedAt)} : le nouveau et l'ancien. Retirez l'ancien dès que le partenaire utilise le nouveau.`}
        />
      ) : (
        <p>
          {partner.secretRotatedAt
            ? `Secret renouvelé le ${formatDateTime(partner.secretRotatedAt)}.`
            : "Secret d'origine, jamais renouvelé."}
        </p>
      )}
      {confirming ? (
        <div className="fr-mb-2w">
          <p>Un nouveau secret sera créé et affiché une seule fois ; l'ancien restera accepté jusqu'à son retrait.</p>
          <ul className="fr-btns-group fr-btns-group--inline-md">
            <li>
              <Button disabled={rotate.isPending} onClick={doRotate}>
                Confirmer le renouvellement
              </Button>
            </li>
            <li>
              <Button priority="secondary" onClick={() => setConfirming(false)}>
                Annuler
              </Button>
            </li>
          </ul>
        </div>
      ) : (
        <ul className="fr-btns-group fr-btns-group--inline-md fr-btns-group--icon-left">
          <li>
            <Button priority="secondary" iconId="fr-icon-refresh-line" onClick={() => setConfirming(true)}>
              Renouveler le secret
            </Button>
          </li>
          {partner.rotationInProgress && (
            <li>
              <Button priority="tertiary" iconId="fr-icon-delete-line" disabled={retire.isPending} onClick={() => retire.mutate()}>
                Retirer l'ancien secret
              </Button>
            </li>
          )}
        </ul>
      )}
    </section>
  );
}
