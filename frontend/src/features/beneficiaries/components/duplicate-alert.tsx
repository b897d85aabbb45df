import { Button } from "@codegouvfr/react-dsfr/Button";
import { forwardRef } from "react";
import { Link } from "react-router";
import type { Problem } from "@/lib/api/types";

type DuplicateAlertProps = {
  problem: Problem;
  /** On creation the agent may create anyway; on edition the NIR is another record's and must change. */
  creating: boolean;
  /** True once the agent chose to create anyway: the reason field is then shown. */
  overriding: boolean;
  onOverride: () => void;
};

/**
 * The server found a probable duplicate (same NIR, or same names and birth date).
 * The agent opens the existing record when the server says they may see it, or
 * creates anyway with a reason, which the record keeps.
 */
export const DuplicateAlert = forwardRef<HTMLDivElement, DuplicateAlertProps>(function DuplicateAlert(
  { problem, creating, overriding, onOverride },
  ref,
) {
  return (
    <div
      ref={ref}
      tabIndex={-1}
      className="fr-alert fr-alert--warning fr-mb-4w"
      role="alert"
      aria-labelledby="duplicate-title"
    >
      <h2 id="duplicate-title" className="fr-alert__title">
        {creating ? "Une fiche existe déjà pour cette personne" : "Ce NIR est déjà enregistré sur une autre fiche"}
      </h2>
      <p>
        {!creating
          ? "Une autre fiche porte déjà ce NIR : vérifiez-le. Si les deux fiches concernent la même personne, signalez-le à un instructeur."
          : problem.existingId
            ? "Une fiche porte déjà le même NIR, ou les mêmes nom, prénoms et date de naissance. Ouvrez-la plutôt que d'en créer une seconde."
            : "Une fiche porte déjà le même NIR, ou les mêmes nom, prénoms et date de naissance, dans une commune hors de votre périmètre. Rapprochez-vous d'un instructeur."}
      </p>
      {problem.existingId && (
        <p>
          <Link className="fr-link fr-icon-arrow-right-line fr-link--icon-right" to={`/beneficiaires/${problem.existingId}`}>
            {creating ? "Ouvrir la fiche existante" : "Ouvrir l'autre fiche"}
          </Link>
        </p>
      )}
      {!creating ? null : overriding ? (
        <p className="fr-mb-0">
          S'il s'agit bien d'une autre personne, indiquez pourquoi sous ce message, puis créez la fiche.
        </p>
      ) : (
        <Button type="button" priority="secondary" size="small" onClick={onOverride}>
          Créer quand même
        </Button>
      )}
    </div>
  );
});
