import { Button } from "@codegouvfr/react-dsfr/Button";
import { Checkbox } from "@codegouvfr/react-dsfr/Checkbox";
import { Input } from "@codegouvfr/react-dsfr/Input";
import { Select } from "@codegouvfr/react-dsfr/Select";
import { useState, type FormEvent } from "react";
import { ErrorAlert } from "@/components/error-alert";
import { ApiError } from "@/lib/api/problem";
import type { AidType, CreateAidRequest } from "../api/types";
import { eurosToCents } from "@/lib/format/money";
import { channelLabels, needsAccommodation } from "../model/vocabulary";

type NewRequestFormProps = {
  beneficiaryId: string;
  catalogue: readonly AidType[];
  pending: boolean;
  error: unknown;
  onSubmit: (body: CreateAidRequest) => void;
};

type Draft = {
  aidTypeId: string;
  channel: string;
  depositedOn: string;
  requestedAmount: string;
  comment: string;
  establishment: string;
  finess: string;
  entryOn: string;
  habilitated: boolean;
  emergencyAdmissionOn: string;
};

const empty: Draft = {
  aidTypeId: "",
  channel: "ACCUEIL",
  depositedOn: "",
  requestedAmount: "",
  comment: "",
  establishment: "",
  finess: "",
  entryOn: "",
  habilitated: true,
  emergencyAdmissionOn: "",
};

export function NewRequestForm({ beneficiaryId, catalogue, pending, error, onSubmit }: NewRequestFormProps) {
  const [draft, setDraft] = useState<Draft>(empty);
  const [localErrors, setLocalErrors] = useState<Record<string, string>>({});
  const set = <K extends keyof Draft>(key: K, value: Draft[K]) => setDraft((d) => ({ ...d, [key]: value }));
  const aid = catalogue.find((type) => type.id === draft.aidTypeId);
  const legal = aid?.kind === "LEGAL";
  const accommodation = needsAccommodation(aid?.legalFamily);
  const serverErrors = error instanceof ApiError ? error.fieldErrors : {};
  const errorOf = (field: string) => localErrors[field] ?? serverErrors[field];

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const errors: Record<string, string> = {};
    if (!aid?.id) errors.aidTypeId = "Choisissez l'aide demandée.";
    const amount = draft.requestedAmount.trim() === "" ? undefined : eurosToCents(draft.requestedAmount);
    if (amount === null) errors.requestedAmountCents = "Indiquez un montant en euros, par exemple 150 ou 150,50.";
    setLocalErrors(errors);
    if (Object.keys(errors).length > 0 || !aid?.id) return;
    const body: CreateAidRequest = { beneficiaryId, aidTypeId: aid.id, channel: draft.channel };
    if (draft.comment.trim()) body.comment = draft.comment.trim();
    if (!legal) {
      if (draft.depositedOn) body.depositedOn = draft.depositedOn;
      if (amount !== undefined && amount !== null) body.requestedAmountCents = amount;
    }
    if (accommodation) {
      body.accommodation = {
        ...(draft.establishment.trim() ? { establishment: draft.establishment.trim() } : {}),
        ...(draft.finess.trim() ? { finess: draft.finess.trim() } : {}),
        ...(draft.entryOn ? { entryOn: draft.entryOn } : {}),
        habilitated: draft.habilitated,
        ...(draft.emergencyAdmissionOn ? { emergencyAdmissionOn: draft.emergencyAdmissionOn } : {}),
      };
    }
    onSubmit(body);
  };

  const legalAids = catalogue.filter((type) => type.kind === "LEGAL" && type.active !== false);
  const facultativeAids = catalogue.filter((type) => type.kind === "FACULTATIVE" && type.active !== false);

  return (
    <form aria-label="Nouvelle demande d'aide" onSubmit={submit} noValidate>
      {error !== null && error !== undefined && (
        <ErrorAlert className="fr-mb-3w" error={error} title="La demande n'a pas été créée" />
      )}
      <Select
        label="Aide demandée"
        state={errorOf("aidTypeId") ? "error" : "default"}
        stateRelatedMessage={errorOf("aidTypeId")}
        nativeSelectProps={{ value: draft.aidTypeId, onChange: (e) => set("aidTypeId", e.target.value), required: true }}
      >
        <option value="">Choisir une aide</option>
        <optgroup label="Aide sociale légale (transmise au département)">
          {legalAids.map((type) => (
            <option key={type.id} value={type.id}>
              {type.label}
            </option>
          ))}
        </optgroup>
        <optgroup label="Aide facultative du CCAS">
          {facultativeAids.map((type) => (
            <option key={type.id} value={type.id}>
              {type.label}
            </option>
          ))}
        </optgroup>
      </Select>
      {aid && (
        <p className="fr-hint-text fr-mb-3w">
          {legal
            ? "La demande naît en brouillon ; le dépôt, qui fait courir le délai d'un mois de transmission, se fait ensuite."
            : "La demande est déposée dès sa création."}
          {aid.pieces && aid.pieces.length > 0 && ` Pièces attendues : ${aid.pieces.map((p) => p.label).join(" ; ")}.`}
        </p>
      )}
      <Select
        label="Canal de dépôt"
        nativeSelectProps={{ value: draft.channel, onChange: (e) => set("channel", e.target.value) }}
      >
        {Object.entries(channelLabels).map(([value, label]) => (
          <option key={value} value={value}>
            {label}
          </option>
        ))}
      </Select>
      {aid && !legal && (
        <>
          <Input
            label="Date de dépôt"
            hintText="Aujourd'hui si vide"
            nativeInputProps={{ type: "date", value: draft.depositedOn, onChange: (e) => set("depositedOn", e.target.value) }}
          />
          <Input
            label="Montant demandé (€)"
            state={errorOf("requestedAmountCents") ? "error" : "default"}
            stateRelatedMessage={errorOf("requestedAmountCents")}
            nativeInputProps={{
              inputMode: "decimal",
              value: draft.requestedAmount,
              onChange: (e) => set("requestedAmount", e.target.value),
            }}
          />
        </>
      )}
      {accommodation && (
        <fieldset className="fr-fieldset" aria-labelledby="accommodation-legend">
          <legend className="fr-fieldset__legend" id="accommodation-legend">
            Établissement d'accueil
          </legend>
          <div className="fr-fieldset__element">
            <Input
              label="Nom de l'établissement"
              nativeInputProps={{ value: draft.establishment, onChange: (e) => set("establishment", e.target.value) }}
            />
            <Input
              label="Numéro FINESS"
              hintText="9 caractères"
              nativeInputProps={{ value: draft.finess, onChange: (e) => set("finess", e.target.value) }}
            />
            <Input
              label="Date d'entrée"
              nativeInputProps={{ type: "date", value: draft.entryOn, onChange: (e) => set("entryOn", e.target.value) }}
            />
            <Checkbox
              options={[
                {
                  label: "Établissement habilité à l'aide sociale",
                  nativeInputProps: { checked: draft.habilitated, onChange: (e) => set("habilitated", e.target.checked) },
                },
              ]}
            />
            <Input
              label="Admission d'urgence prononcée par le maire le"
              hintText="Le cas échéant (L131-3 CASF)"
              nativeInputProps={{
                type: "date",
                value: draft.emergencyAdmissionOn,
                onChange: (e) => set("emergencyAdmissionOn", e.target.value),
              }}
            />
          </div>
        </fieldset>
      )}
      <Input
        label="Commentaire"
        textArea
        nativeTextAreaProps={{ value: draft.comment, onChange: (e) => set("comment", e.target.value), rows: 3 }}
      />
      <Button type="submit" disabled={pending}>
        Créer la demande
      </Button>
    </form>
  );
}
