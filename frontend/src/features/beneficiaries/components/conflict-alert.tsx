import { Button } from "@codegouvfr/react-dsfr/Button";
import { forwardRef } from "react";

type ConflictAlertProps = { onReload: () => void; reloading: boolean };

/** Someone saved the record after it was read (412): nothing was written, the typed values stay. */
export const ConflictAlert = forwardRef<HTMLDivElement, ConflictAlertProps>(function ConflictAlert(
  { onReload, reloading },
  ref,
) {
  return (
    <div ref={ref} tabIndex={-1} className="fr-alert fr-alert--error fr-mb-4w" role="alert" aria-labelledby="conflict-title">
      <h2 id="conflict-title" className="fr-alert__title">
        Cette fiche a été modifiée par un autre agent pendant votre saisie
      </h2>
      <p>
        Vos modifications n'ont pas été enregistrées, pour ne pas effacer celles de votre collègue. Elles restent
        affichées ci-dessous. Rechargez la version actuelle de la fiche, puis reportez-y vos modifications : le
        rechargement remplace vos saisies.
      </p>
      <Button type="button" priority="secondary" size="small" disabled={reloading} onClick={onReload}>
        Recharger la version actuelle
      </Button>
    </div>
  );
});
