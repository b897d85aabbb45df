import { Pagination } from "@codegouvfr/react-dsfr/Pagination";
import { Link, useSearchParams } from "react-router";
import { ErrorAlert } from "@/components/error-alert";
import { Loading } from "@/components/loading";
import { useMe } from "@/lib/auth/session-store";
import { useDocumentTitle } from "@/lib/use-document-title";
import { useBeneficiaries } from "../api/beneficiaries-queries";
import { BeneficiariesFilters } from "../components/beneficiaries-filters";
import { BeneficiariesTable } from "../components/beneficiaries-table";
import {
  hasCriteria,
  pageSize,
  personCount,
  readListState,
  toApiSearch,
  withFilter,
  writeListState,
  type ListState,
} from "../model/list-search";
import { canWrite } from "../model/permissions";

export function BeneficiariesRoute() {
  useDocumentTitle("Bénéficiaires");
  const me = useMe();
  const [params, setParams] = useSearchParams();
  const state = readListState(params);
  const result = useBeneficiaries(toApiSearch(state));

  function change(values: Partial<Omit<ListState, "page">>, typing = false) {
    // Typing replaces the history entry: Back leaves the search instead of undoing it letter by letter.
    setParams((current) => writeListState(withFilter(readListState(current), values)), { replace: typing });
  }

  const total = result.data?.total ?? 0;
  const pages = Math.max(1, Math.ceil(total / pageSize));
  const createLink = canWrite(me) && (
    <Link className="fr-btn fr-btn--icon-left fr-icon-add-line" to="/beneficiaires/nouveau">
      Nouvelle fiche
    </Link>
  );

  return (
    <>
      <div className="fr-grid-row fr-grid-row--gutters fr-grid-row--middle fr-mb-2w">
        <div className="fr-col">
          <h1 className="fr-mb-0">Bénéficiaires</h1>
        </div>
        {createLink && <div className="fr-col-auto">{createLink}</div>}
      </div>

      <BeneficiariesFilters state={state} onChange={change} meId={me.id} />

      <section aria-labelledby="beneficiaries-results-title">
        <h2 id="beneficiaries-results-title" className="fr-sr-only">
          Résultats
        </h2>
        <p className="fr-text--lg fr-text--bold fr-mb-2w" role="status">
          {result.isPending ? "Recherche en cours…" : result.isError ? "" : personCount(total, result.data?.totalCapped ?? false)}
        </p>
        {result.isPending ? (
          <Loading label="Chargement des personnes…" />
        ) : result.isError ? (
          <ErrorAlert error={result.error} title="La recherche n'a pas abouti" />
        ) : result.data.items?.length ? (
          <>
            <BeneficiariesTable items={result.data.items} />
            {pages > 1 && (
              <Pagination
                className="fr-mt-3w"
                count={pages}
                defaultPage={Math.min(state.page, pages)}
                getPageLinkProps={(page) => ({ to: `?${writeListState({ ...state, page }).toString()}` })}
              />
            )}
          </>
        ) : hasCriteria(state) ? (
          <div>
            <p>Aucune personne ne correspond à votre recherche.</p>
            <p className="fr-text--sm">
              Vérifiez l'orthographe ou essayez une autre information (date de naissance, téléphone), ou retirez des
              filtres.
              {state.page > 1 && (
                <>
                  {" "}
                  <Link to={`?${writeListState({ ...state, page: 1 }).toString()}`}>Revenir à la première page</Link>.
                </>
              )}
            </p>
            {createLink}
          </div>
        ) : (
          <div>
            <p>Le fichier ne contient encore aucune personne{state.page > 1 ? " sur cette page" : ""}.</p>
            {createLink}
          </div>
        )}
      </section>
    </>
  );
}
