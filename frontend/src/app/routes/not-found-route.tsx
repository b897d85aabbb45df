import { Link } from "react-router";
import { useDocumentTitle } from "@/lib/use-document-title";

export function NotFoundRoute() {
  useDocumentTitle("Page non trouvée");
  return (
    <>
      <h1>Page non trouvée</h1>
      <p className="fr-text--sm fr-mb-3w">Erreur 404</p>
      <p>
        La page que vous cherchez est introuvable. Excusez-nous pour la gêne occasionnée. Si vous avez tapé
        l'adresse web dans le navigateur, vérifiez qu'elle est correcte.
      </p>
      <p>
        <Link className="fr-btn" to="/">
          Page d'accueil
        </Link>
      </p>
    </>
  );
}
