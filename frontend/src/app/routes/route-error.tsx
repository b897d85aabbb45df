import { isRouteErrorResponse, useRouteError } from "react-router";
import { NotFoundRoute } from "./not-found-route";

/** A page that failed to render: said in French, never a blank screen. */
export function RouteError() {
  const error = useRouteError();
  if (isRouteErrorResponse(error) && error.status === 404) return <NotFoundRoute />;
  return (
    <div className="fr-container fr-py-6w">
      <h1>Erreur inattendue</h1>
      <p>Une erreur est survenue pendant l'affichage de cette page. Rechargez la page ou réessayez plus tard.</p>
      <p>
        <a className="fr-btn" href="/">
          Page d'accueil
        </a>
      </p>
    </div>
  );
}
