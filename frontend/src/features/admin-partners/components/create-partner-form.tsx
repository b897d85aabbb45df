import { Button } from "@codegouvfr/react-dsfr/Button";
import { Input } from "@codegouvfr/react-dsfr/Input";
import { RadioButtons } from "@codegouvfr/react-dsfr/RadioButtons";
import { useState, type FormEvent } from "react";
import { ErrorAlert } from "@/components/error-alert";
import { ApiError } from "@/lib/api/problem";
import { useCreatePartner } from "../api/partners-queries";
import type { PartnerClientCreated, PartnerType } from "../api/types";
import { partnerTypeLabels } from "../model/vocabulary";
import { SecretOnce } from "./secret-once";

const types: PartnerType[] = ["DEPARTEMENT", "CAF", "MSA"];

/** Registers a partner (département, CAF, MSA) and shows its client secret once. */
export function CreatePartnerForm() {
  const create = useCreatePartner();
  const [name, setName] = useState("");
  const [type, setType] = useState<PartnerType | "">("");
  const [departement, setDepartement] = useState("");
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [created, setCreated] = useState<PartnerClientCreated | null>(null);
  const serverErrors = create.error instanceof ApiError ? create.error.fieldErrors : {};
  const errorOf = (field: string) => errors[field] ?? serverErrors[field];

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const next: Record<string, string> = {};
    if (!name.trim()) next.name = "Indiquez le nom du partenaire.";
    if (!type) next.type = "Choisissez le type de partenaire.";
    if (type === "DEPARTEMENT" && !departement.trim()) next.departement = "Indiquez le code du département (ex. 38, 2A, 974).";
    setErrors(next);
    if (Object.keys(next).length > 0 || !type) return;
    create.mutate(
      { name: name.trim(), type, ...(type === "DEPARTEMENT" ? { departement: departement.trim().toUpperCase() } : {}) },
      {
        onSuccess: (result) => {
          setCreated(result);
          // The secret lives in this panel only, not in the mutation's state.
          create.reset();
          setName("");
          setType("");
          setDepartement("");
        },
      },
    );
  };

  return (
    <>
      {created?.clientSecret && (
        <SecretOnce
          title={`Partenaire enregistré : ${created.client?.name ?? ""}`}
          secret={created.clientSecret}
          identifier={{ label: "Identifiant client (client_id)", value: created.client?.clientId ?? "" }}
          onDone={() => setCreated(null)}
        >
          <p>Le partenaire obtient ses jetons d'accès avec cet identifiant et ce secret (OAuth 2.0, client_credentials).</p>
        </SecretOnce>
      )}
      <form onSubmit={submit} noValidate aria-labelledby="create-partner-title">
        <h2 id="create-partner-title" className="fr-h4">
          Enregistrer un partenaire
        </h2>
        {create.isError && <ErrorAlert className="fr-mb-2w" error={create.error} title="Le partenaire n'a pas été enregistré" />}
        <Input
          label="Nom"
          hintText="Par exemple : Département de l'Isère, CAF de l'Isère"
          state={errorOf("name") ? "error" : "default"}
          stateRelatedMessage={errorOf("name")}
          nativeInputProps={{ value: name, autoComplete: "off", onChange: (e) => setName(e.target.value) }}
        />
        <RadioButtons
          legend="Type de partenaire"
          name="partner-type"
          state={errorOf("type") ? "error" : "default"}
          stateRelatedMessage={errorOf("type")}
          options={types.map((t) => ({
            label: partnerTypeLabels[t],
            nativeInputProps: { value: t, checked: type === t, onChange: () => setType(t) },
          }))}
        />
        {type === "DEPARTEMENT" && (
          <Input
            label="Code du département"
            hintText="Ex. 38, 2A, 974 : le département ne voit que les dossiers qui lui sont adressés."
            state={errorOf("departement") ? "error" : "default"}
            stateRelatedMessage={errorOf("departement")}
            nativeInputProps={{
              value: departement,
              maxLength: 3,
              autoComplete: "off",
              onChange: (e) => setDepartement(e.target.value),
            }}
          />
        )}
        <Button type="submit" disabled={create.isPending}>
          Enregistrer le partenaire
        </Button>
      </form>
    </>
  );
}
