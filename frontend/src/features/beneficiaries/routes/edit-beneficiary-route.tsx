import { useEffect, useState } from "react";
import { Link, useNavigate, useParams, useSearchParams } from "react-router";
import { ErrorAlert } from "@/components/error-alert";
import { Loading } from "@/components/loading";
import { useDocumentTitle } from "@/lib/use-document-title";
import { useBeneficiary, useUpdateBeneficiary, type LoadedBeneficiary } from "../api/beneficiaries-queries";
import { BeneficiaryForm } from "../components/beneficiary-form";
import { draftFromBeneficiary } from "../model/draft-from-beneficiary";
import { focusFieldOrSection } from "../model/field-errors";
import { displayName } from "../model/names";
import { navigationState } from "./navigation-notice";

export function EditBeneficiaryRoute() {
  useDocumentTitle("Modifier une fiche");
  const { id = "" } = useParams();
  const navigate = useNavigate();
  const [search] = useSearchParams();
  // Opened from a dossier's completeness report: the field to fill, and where to go back once saved.
  const field = search.get("champ");
  const back = search.get("retour");
  const returnTo = back && /^\/demandes\/[0-9a-f-]{36}$/.test(back) ? back : null;
  const loaded = useBeneficiary(id);
  const save = useUpdateBeneficiary(id);
  // The version the form was filled from: a refetch in the background must not
  // change the If-Match under the agent's typing, or a 412 could never happen.
  const [base, setBase] = useState<{ version: LoadedBeneficiary; generation: number } | null>(null);
  const [reloading, setReloading] = useState(false);
  if (base === null && loaded.data) setBase({ version: loaded.data, generation: 0 });
  const ready = base !== null;
  useEffect(() => {
    if (ready && field) setTimeout(() => focusFieldOrSection(field));
  }, [ready, field]);

  if (base === null) {
    if (loaded.isError) {
      return (
        <>
          <h1>Modifier une fiche</h1>
          <ErrorAlert error={loaded.error} title="La fiche n'a pas pu être ouverte" />
        </>
      );
    }
    return <Loading label="Chargement de la fiche…" />;
  }

  const { beneficiary, etag } = base.version;
  if (beneficiary.status === "ANONYMISED") {
    return (
      <>
        <h1>Modifier une fiche</h1>
        <p>Cette fiche a été anonymisée : elle ne peut plus être modifiée.</p>
      </>
    );
  }

  async function reload() {
    setReloading(true);
    try {
      const fresh = await loaded.refetch();
      if (fresh.data) {
        save.reset();
        setBase((current) => ({ version: fresh.data, generation: (current?.generation ?? 0) + 1 }));
      }
    } finally {
      setReloading(false);
    }
  }

  return (
    <>
      <p className="fr-mb-2w">
        <Link className="fr-link fr-icon-arrow-left-line fr-link--icon-left" to={`/beneficiaires/${id}`}>
          Retour à la fiche
        </Link>
      </p>
      <h1 id="edit-beneficiary-title">Modifier la fiche de {displayName(beneficiary)}</h1>
      {field && returnTo && (
        <p className="fr-text--sm">
          Champ demandé par le dossier de la demande : après l'enregistrement, vous reviendrez à la demande.
        </p>
      )}
      <BeneficiaryForm
        // A reloaded version starts a fresh form: the agent's values are replaced by the current ones.
        key={base.generation}
        initialDraft={draftFromBeneficiary(beneficiary)}
        original={beneficiary}
        labelledBy="edit-beneficiary-title"
        submitLabel="Enregistrer les modifications"
        cancelTo={`/beneficiaires/${id}`}
        pending={save.isPending}
        error={save.error}
        reloading={reloading}
        onReload={() => void reload()}
        onSubmit={(body) =>
          save.mutate(
            { body, etag },
            {
              onSuccess: ({ beneficiary: saved }) =>
                void navigate(returnTo ?? `/beneficiaires/${id}`, {
                  state: navigationState({ kind: "saved", warnings: saved.warnings ?? [] }),
                }),
            },
          )
        }
      />
    </>
  );
}
