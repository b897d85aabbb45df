import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { Checkbox } from "@codegouvfr/react-dsfr/Checkbox";
import { Input } from "@codegouvfr/react-dsfr/Input";
import { RadioButtons } from "@codegouvfr/react-dsfr/RadioButtons";
import { Select } from "@codegouvfr/react-dsfr/Select";
import { useState, type FormEvent } from "react";
import { Link, useNavigate, useParams } from "react-router";
import { ErrorAlert } from "@/components/error-alert";
import { Loading } from "@/components/loading";
import { ApiError } from "@/lib/api/problem";
import { useDocumentTitle } from "@/lib/use-document-title";
import { useCreateOrientation, usePerson, useRecipients } from "../api/orientations-queries";
import { serverErrors, toRequest, validateDraft, type DraftErrors, type OrientationDraft } from "../model/orientation-form";
import { motifLabels, motifs } from "../model/vocabulary";

function today(): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Paris" }).format(new Date());
}

/** Orients a person to the CAF or the MSA, with the person's recorded consent. */
export function NewOrientationRoute() {
  useDocumentTitle("Orienter vers la CAF ou la MSA");
  const { id = "" } = useParams();
  const navigate = useNavigate();
  const person = usePerson(id);
  const recipients = useRecipients();
  const create = useCreateOrientation();
  const [draft, setDraft] = useState<OrientationDraft>({
    partnerId: "",
    motif: "",
    message: "",
    consentGiven: false,
    consentOn: today(),
    consentMode: "",
  });
  const [errors, setErrors] = useState<DraftErrors>({});
  const fromServer = create.error instanceof ApiError ? serverErrors(create.error.problem) : {};
  const errorOf = (field: keyof DraftErrors) => errors[field] ?? fromServer[field];
  const set = <K extends keyof OrientationDraft>(key: K, value: OrientationDraft[K]) => {
    setDraft((current) => ({ ...current, [key]: value }));
    // A corrected field loses its message at once; the others keep theirs until the next sending.
    setErrors((current) => {
      const { [key]: _fixed, ...rest } = current;
      return rest;
    });
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found = validateDraft(draft);
    setErrors(found);
    const body = toRequest(id, draft);
    if (Object.keys(found).length > 0 || !body) return;
    create.mutate(body, {
      onSuccess: (created) => navigate(`/orientations/${created.id ?? ""}`, { state: { created: true } }),
    });
  };

  const b = person.data;
  const name = b ? `${(b.usageName || b.birthName || "").toLocaleUpperCase("fr-FR")} ${(b.firstNames ?? []).join(" ")}`.trim() : "";

  return (
    <>
      <p className="fr-mb-2w">
        <Link className="fr-link fr-icon-arrow-left-line fr-link--icon-left" to={`/beneficiaires/${id}`}>
          Retour à la fiche
        </Link>
      </p>
      <h1>Orienter vers la CAF ou la MSA</h1>
      {person.isError && <ErrorAlert error={person.error} title="La fiche n'a pas pu être chargée" />}
      {name && <p className="fr-text--lead">{name}</p>}
      <p>
        Le partenaire ne reçoit que l'identité de la personne (noms, prénoms, date de naissance, commune), le motif et votre
        message : jamais sa fiche.
      </p>
      {recipients.isPending && <Loading label="Chargement des destinataires…" />}
      {recipients.isError && <ErrorAlert error={recipients.error} title="Les destinataires n'ont pas pu être chargés" />}
      {recipients.isSuccess && recipients.data.length === 0 && (
        <Alert
          severity="warning"
          title="Aucun destinataire"
          description="Aucune CAF ni MSA n'est enregistrée comme partenaire : un administrateur doit d'abord l'enregistrer."
        />
      )}
      {recipients.isSuccess && recipients.data.length > 0 && (
        <form onSubmit={submit} noValidate aria-label="Nouvelle orientation" className="fr-col-12 fr-col-md-8">
          {create.isError && <ErrorAlert className="fr-mb-2w" error={create.error} title="L'orientation n'a pas été envoyée" />}
          <RadioButtons
            legend="Destinataire"
            name="orientation-partner"
            state={errorOf("partnerId") ? "error" : "default"}
            stateRelatedMessage={errorOf("partnerId")}
            options={recipients.data.map((r) => ({
              label: r.name ?? "",
              hintText: r.type,
              nativeInputProps: {
                value: r.id,
                checked: draft.partnerId === r.id,
                onChange: () => set("partnerId", r.id ?? ""),
              },
            }))}
          />
          <Select
            label="Motif"
            state={errorOf("motif") ? "error" : "default"}
            stateRelatedMessage={errorOf("motif")}
            nativeSelectProps={{
              value: draft.motif,
              onChange: (e) => set("motif", motifs.find((m) => m === e.target.value) ?? ""),
            }}
          >
            <option value="" disabled>
              Choisir un motif
            </option>
            {motifs.map((m) => (
              <option key={m} value={m}>
                {motifLabels[m]}
              </option>
            ))}
          </Select>
          <Input
            label="Message"
            hintText="Ce que le partenaire doit savoir pour donner suite."
            textArea
            state={errorOf("message") ? "error" : "default"}
            stateRelatedMessage={errorOf("message")}
            nativeTextAreaProps={{ rows: 5, maxLength: 4000, value: draft.message, onChange: (e) => set("message", e.target.value) }}
          />
          <Checkbox
            legend="Consentement de la personne"
            state={errorOf("consentGiven") ? "error" : "default"}
            stateRelatedMessage={errorOf("consentGiven")}
            options={[
              {
                label: "La personne consent à la transmission de ces informations au partenaire",
                nativeInputProps: {
                  name: "consent",
                  checked: draft.consentGiven,
                  onChange: (e) => set("consentGiven", e.target.checked),
                },
              },
            ]}
          />
          <Input
            label="Date du consentement"
            state={errorOf("consentOn") ? "error" : "default"}
            stateRelatedMessage={errorOf("consentOn")}
            nativeInputProps={{ type: "date", max: today(), value: draft.consentOn, onChange: (e) => set("consentOn", e.target.value) }}
          />
          <RadioButtons
            legend="Forme du consentement"
            name="consent-mode"
            orientation="horizontal"
            state={errorOf("consentMode") ? "error" : "default"}
            stateRelatedMessage={errorOf("consentMode")}
            options={[
              {
                label: "Écrit",
                nativeInputProps: { value: "ECRIT", checked: draft.consentMode === "ECRIT", onChange: () => set("consentMode", "ECRIT") },
              },
              {
                label: "Oral",
                nativeInputProps: { value: "ORAL", checked: draft.consentMode === "ORAL", onChange: () => set("consentMode", "ORAL") },
              },
            ]}
          />
          <Button type="submit" disabled={create.isPending}>
            Envoyer l'orientation
          </Button>
        </form>
      )}
    </>
  );
}
