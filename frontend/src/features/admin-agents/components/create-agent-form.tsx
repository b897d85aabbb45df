import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { Checkbox } from "@codegouvfr/react-dsfr/Checkbox";
import { Input } from "@codegouvfr/react-dsfr/Input";
import { PasswordInput } from "@codegouvfr/react-dsfr/blocks/PasswordInput";
import { useEffect, useState, type FormEvent } from "react";
import { Loading } from "@/components/loading";
import { ApiError, errorMessage } from "@/lib/api/problem";
import type { AgentView, Role } from "@/lib/api/types";
import { allRoles, roleHint, roleLabel } from "@/lib/roles";
import { useCreateAgent, useOrganisationCommunes } from "../api/agents-queries";

type Draft = {
  email: string;
  firstName: string;
  lastName: string;
  roles: Role[];
  communes: string[];
  password: string;
};

const emptyDraft: Draft = { email: "", firstName: "", lastName: "", roles: [], communes: [], password: "" };

/** Form fields in page order, with the control that takes focus on error. */
const focusOrder = [
  ["email", "#agent-email"],
  ["firstName", "#agent-first-name"],
  ["lastName", "#agent-last-name"],
  ["roles", "#agent-roles input"],
  ["communes", "#agent-communes input"],
  ["password", "#agent-password"],
] as const;

function toggle<T>(values: readonly T[], value: T, checked: boolean): T[] {
  return checked ? [...values.filter((v) => v !== value), value] : values.filter((v) => v !== value);
}

export function CreateAgentForm() {
  const createAgent = useCreateAgent();
  const [draft, setDraft] = useState<Draft>(emptyDraft);
  const [created, setCreated] = useState<AgentView | null>(null);
  const needsCommunes = draft.roles.includes("ACCUEIL");
  const communes = useOrganisationCommunes(needsCommunes);
  const fieldErrors = createAgent.error instanceof ApiError ? createAgent.error.fieldErrors : {};

  // After a refused submission, take the agent to the first field to correct.
  useEffect(() => {
    if (!(createAgent.error instanceof ApiError)) return;
    const errors = createAgent.error.fieldErrors;
    const first = focusOrder.find(([field]) => errors[field] !== undefined);
    if (first) document.querySelector<HTMLElement>(first[1])?.focus();
  }, [createAgent.error]);

  function set<K extends keyof Draft>(key: K, value: Draft[K]) {
    setDraft((current) => ({ ...current, [key]: value }));
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setCreated(null);
    createAgent.mutate(
      {
        email: draft.email.trim(),
        firstName: draft.firstName.trim(),
        lastName: draft.lastName.trim(),
        roles: allRoles.filter((role) => draft.roles.includes(role)),
        communes: needsCommunes ? draft.communes : [],
        password: draft.password,
      },
      {
        onSuccess: (agent) => {
          setCreated(agent);
          setDraft(emptyDraft);
        },
      },
    );
  }

  const communeOptions = communes.data ?? [];

  return (
    <form onSubmit={submit} noValidate aria-labelledby="create-agent-title">
      <h2 id="create-agent-title">Créer un agent</h2>
      <p className="fr-text--sm">Tous les champs sont obligatoires.</p>
      {created && (
        <Alert
          className="fr-mb-3w"
          severity="success"
          role="status"
          title="Agent créé"
          description={`${created.firstName ?? ""} ${created.lastName ?? ""} peut se connecter avec ${created.email ?? "son adresse"} et le mot de passe initial.`}
        />
      )}
      {createAgent.isError && (
        <Alert
          className="fr-mb-3w"
          severity="error"
          role="alert"
          title="L'agent n'a pas été créé"
          description={errorMessage(createAgent.error)}
        />
      )}
      <Input
        label="Adresse électronique"
        hintText="Format attendu : nom@domaine.fr"
        state={fieldErrors.email ? "error" : "default"}
        stateRelatedMessage={fieldErrors.email}
        nativeInputProps={{
          id: "agent-email",
          type: "email",
          autoComplete: "off",
          value: draft.email,
          onChange: (event) => set("email", event.target.value),
        }}
      />
      <Input
        label="Prénom"
        state={fieldErrors.firstName ? "error" : "default"}
        stateRelatedMessage={fieldErrors.firstName}
        nativeInputProps={{
          id: "agent-first-name",
          autoComplete: "off",
          value: draft.firstName,
          onChange: (event) => set("firstName", event.target.value),
        }}
      />
      <Input
        label="Nom"
        state={fieldErrors.lastName ? "error" : "default"}
        stateRelatedMessage={fieldErrors.lastName}
        nativeInputProps={{
          id: "agent-last-name",
          autoComplete: "off",
          value: draft.lastName,
          onChange: (event) => set("lastName", event.target.value),
        }}
      />
      <Checkbox
        id="agent-roles"
        legend="Rôles"
        hintText="Au moins un rôle."
        state={fieldErrors.roles ? "error" : "default"}
        stateRelatedMessage={fieldErrors.roles}
        options={allRoles.map((role) => ({
          label: roleLabel(role),
          hintText: roleHint(role),
          // No id here: the DSFR checkbox ties its label to the id it generates.
          nativeInputProps: {
            name: "roles",
            value: role,
            checked: draft.roles.includes(role),
            onChange: (event) => set("roles", toggle(draft.roles, role, event.target.checked)),
          },
        }))}
      />
      {needsCommunes &&
        (communes.isPending ? (
          <Loading label="Chargement des communes…" />
        ) : communes.isError ? (
          <Alert
            className="fr-mb-3w"
            severity="error"
            small
            description={`Les communes n'ont pas pu être chargées. ${errorMessage(communes.error)}`}
          />
        ) : communeOptions.length === 0 ? (
          <Alert
            className="fr-mb-3w"
            severity="warning"
            small
            description="Aucune commune n'est rattachée à l'organisation : rattachez-en une avant de créer un agent d'accueil."
          />
        ) : (
          <Checkbox
            id="agent-communes"
            legend="Communes"
            hintText="Les communes où cet agent d'accueil reçoit le public."
            state={fieldErrors.communes ? "error" : "default"}
            stateRelatedMessage={fieldErrors.communes}
            options={communeOptions.map((commune) => ({
              label: `${commune.name ?? ""} (${commune.inseeCode ?? ""})`,
              nativeInputProps: {
                name: "communes",
                value: commune.inseeCode,
                checked: commune.inseeCode !== undefined && draft.communes.includes(commune.inseeCode),
                onChange: (event) => {
                  if (commune.inseeCode) set("communes", toggle(draft.communes, commune.inseeCode, event.target.checked));
                },
              },
            }))}
          />
        ))}
      <PasswordInput
        label="Mot de passe initial"
        hintText="12 caractères au moins. Communiquez-le à l'agent par un moyen sûr."
        messagesHint=""
        messages={fieldErrors.password ? [{ severity: "error", message: fieldErrors.password }] : []}
        nativeInputProps={{
          id: "agent-password",
          autoComplete: "new-password",
          value: draft.password,
          onChange: (event) => set("password", event.target.value),
        }}
      />
      <Button type="submit" className="fr-mt-3w" disabled={createAgent.isPending}>
        Créer l'agent
      </Button>
    </form>
  );
}
