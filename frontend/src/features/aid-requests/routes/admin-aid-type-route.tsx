import { Link, useNavigate, useParams } from "react-router";
import { ErrorAlert } from "@/components/error-alert";
import { Loading } from "@/components/loading";
import { useDocumentTitle } from "@/lib/use-document-title";
import { useCatalogue } from "../api/aid-requests-queries";
import { useSaveAidType } from "../api/catalogue-admin-queries";
import { AidTypeForm } from "../components/aid-type-form";
import { draftFromAidType, emptyDraft } from "../model/aid-type-draft";

const backTo = "/administration/catalogue";

/** Adds an aid to the catalogue (/administration/catalogue/nouvelle) or edits one (/administration/catalogue/:id). */
export function AdminAidTypeRoute() {
  const { id } = useParams();
  const creating = id === undefined;
  useDocumentTitle(creating ? "Ajouter une aide" : "Modifier une aide");
  const navigate = useNavigate();
  const catalogue = useCatalogue();
  const save = useSaveAidType(id);
  const backLink = (
    <p className="fr-mb-2w">
      <Link className="fr-link fr-icon-arrow-left-line fr-link--icon-left" to={backTo}>
        Retour au catalogue
      </Link>
    </p>
  );
  if (!creating && catalogue.isPending) return <Loading label="Chargement de l'aide…" />;
  if (!creating && catalogue.isError)
    return (
      <>
        {backLink}
        <ErrorAlert error={catalogue.error} title="Le catalogue n'a pas pu être chargé" />
      </>
    );
  const type = creating ? undefined : catalogue.data?.find((t) => t.id === id);
  if (!creating && type === undefined)
    return (
      <>
        {backLink}
        <h1>Aide introuvable</h1>
        <p>Aucune aide du catalogue de votre organisation n'a cet identifiant.</p>
      </>
    );
  return (
    <>
      {backLink}
      <h1 id="aid-type-title">{creating ? "Ajouter une aide" : `Modifier « ${type?.label ?? ""} »`}</h1>
      <AidTypeForm
        key={id ?? "new"}
        initialDraft={type ? draftFromAidType(type) : emptyDraft()}
        creating={creating}
        pending={save.isPending}
        error={save.error}
        cancelTo={backTo}
        onSubmit={(input) =>
          save.mutate(input, { onSuccess: (saved) => void navigate(backTo, { state: { saved: saved.label ?? input.label } }) })
        }
      />
    </>
  );
}
