import { Link, useNavigate, useParams } from "react-router";
import { ErrorAlert } from "@/components/error-alert";
import { Loading } from "@/components/loading";
import { useDocumentTitle } from "@/lib/use-document-title";
import { useCatalogue, useCreateAidRequest } from "../api/aid-requests-queries";
import { NewRequestForm } from "../components/new-request-form";

/** A new request for a person, opened from the person's record. */
export function NewAidRequestRoute() {
  useDocumentTitle("Nouvelle demande d'aide");
  const { id = "" } = useParams();
  const navigate = useNavigate();
  const catalogue = useCatalogue();
  const create = useCreateAidRequest();

  return (
    <>
      <p className="fr-mb-2w">
        <Link className="fr-link fr-icon-arrow-left-line fr-link--icon-left" to={`/beneficiaires/${id}`}>
          Retour à la fiche
        </Link>
      </p>
      <h1>Nouvelle demande d'aide</h1>
      {catalogue.isPending && <Loading label="Chargement du catalogue des aides…" />}
      {catalogue.isError && <ErrorAlert error={catalogue.error} title="Le catalogue n'a pas pu être chargé" />}
      {catalogue.isSuccess && (
        <NewRequestForm
          beneficiaryId={id}
          catalogue={catalogue.data}
          pending={create.isPending}
          error={create.error}
          onSubmit={(body) =>
            create.mutate(body, {
              onSuccess: (created) => navigate(`/demandes/${created.request.id ?? ""}`, { state: { created: true } }),
            })
          }
        />
      )}
    </>
  );
}
