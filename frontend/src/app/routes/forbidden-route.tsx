import { Link } from "react-router";
import { useDocumentTitle } from "@/lib/use-document-title";

export function ForbiddenRoute() {
  useDocumentTitle("Accès refusé");
  return (
    <>
      <h1>Accès refusé</h1>
      <p className="fr-text--sm fr-mb-3w">Erreur 403</p>
      <p>Votre rôle ne permet pas d'ouvrir cette page. Adressez-vous à l'administrateur de votre organisation.</p>
      <p>
        <Link className="fr-btn" to="/">
          Page d'accueil
        </Link>
      </p>
    </>
  );
}
