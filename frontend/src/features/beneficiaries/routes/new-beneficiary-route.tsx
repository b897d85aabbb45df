import { useState } from "react";
import { useNavigate } from "react-router";
import { useDocumentTitle } from "@/lib/use-document-title";
import { useCreateBeneficiary } from "../api/beneficiaries-queries";
import { BeneficiaryForm } from "../components/beneficiary-form";
import { emptyDraft } from "../model/beneficiary-draft";
import { navigationState } from "./navigation-notice";

export function NewBeneficiaryRoute() {
  useDocumentTitle("Nouvelle fiche");
  const create = useCreateBeneficiary();
  const navigate = useNavigate();
  const [initialDraft] = useState(emptyDraft);

  return (
    <>
      <h1 id="new-beneficiary-title">Nouvelle fiche</h1>
      <BeneficiaryForm
        initialDraft={initialDraft}
        labelledBy="new-beneficiary-title"
        submitLabel="Créer la fiche"
        cancelTo="/beneficiaires"
        pending={create.isPending}
        error={create.error}
        onSubmit={(input) =>
          create.mutate(input, {
            onSuccess: ({ beneficiary }) =>
              void navigate(`/beneficiaires/${beneficiary.id ?? ""}`, {
                state: navigationState({ kind: "created", warnings: beneficiary.warnings ?? [] }),
              }),
          })
        }
      />
    </>
  );
}
