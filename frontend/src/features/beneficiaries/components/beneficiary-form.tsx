import { Button } from "@codegouvfr/react-dsfr/Button";
import { useEffect, useMemo, useRef, useState, type FormEvent } from "react";
import { Link } from "react-router";
import { ErrorAlert } from "@/components/error-alert";
import { ApiError, problemTypes } from "@/lib/api/problem";
import { useMe } from "@/lib/auth/session-store";
import type { Beneficiary, BeneficiaryInput } from "../api/types";
import type { BeneficiaryDraft, DraftContext, FieldErrors } from "../model/beneficiary-draft";
import { draftToInput } from "../model/draft-to-input";
import { errorsByPath, focusField, placeErrors } from "../model/field-errors";
import { fieldPaths } from "../model/field-paths";
import { restrictedToCommunes, seesNotes } from "../model/permissions";
import { AddressSection } from "./address-section";
import { BudgetSection } from "./budget-section";
import { ConflictAlert } from "./conflict-alert";
import { ContactSection } from "./contact-section";
import { DuplicateAlert } from "./duplicate-alert";
import { ErrorSummary } from "./error-summary";
import { FollowUpSection } from "./follow-up-section";
import { TextField } from "./form-fields";
import { HealthSection } from "./health-section";
import { HouseholdSection } from "./household-section";
import { IdentitySection } from "./identity-section";
import { NirSection } from "./nir-section";
import { ObligesSection } from "./obliges-section";
import { SituationSection } from "./situation-section";

type BeneficiaryFormProps = {
  initialDraft: BeneficiaryDraft;
  /** When editing: the version read. */
  original?: Beneficiary;
  /** Id of the page heading that names the form. */
  labelledBy: string;
  submitLabel: string;
  cancelTo: string;
  pending: boolean;
  /** The error of the last submission, as thrown by the mutation. */
  error: unknown;
  onSubmit: (input: BeneficiaryInput) => void;
  /** When editing: reads the current version again after a 412. */
  onReload?: () => void;
  reloading?: boolean;
};

type Failure = "fields" | "duplicate" | "conflict" | "other";

function failureOf(error: unknown): Failure | null {
  if (!error) return null;
  if (error instanceof ApiError) {
    if (error.status === 409 && error.type === problemTypes.duplicate) return "duplicate";
    if (error.status === 412) return "conflict";
    if (error.status === 422 && (error.problem.errors?.length ?? 0) > 0) return "fields";
  }
  return "other";
}

/**
 * The record's form, for creation and edition. It checks only what is obvious
 * (required identity, amounts that are amounts); the server judges the rest and
 * each of its messages is shown at its field and in the summary at the top.
 */
export function BeneficiaryForm(props: BeneficiaryFormProps) {
  const { initialDraft, original, labelledBy, submitLabel, cancelTo, pending, error, onSubmit } = props;
  const me = useMe();
  const context: DraftContext = { seesNotes: seesNotes(me), original };
  const creating = original === undefined;

  const [draft, setDraft] = useState(initialDraft);
  const [clientErrors, setClientErrors] = useState<FieldErrors | null>(null);
  const [overridingDuplicate, setOverridingDuplicate] = useState(false);
  const [attempt, setAttempt] = useState(0);

  const failure = failureOf(error);
  const serverErrors = useMemo(
    () => (failureOf(error) === "fields" && error instanceof ApiError ? errorsByPath(error.problem) : {}),
    [error],
  );
  const shownErrors = clientErrors ?? serverErrors;
  const fields = [...(overridingDuplicate ? ["duplicateReason"] : []), ...fieldPaths(draft, context)];
  const fieldsKey = fields.join(" ");
  // Kept identical while neither the errors nor the list of fields change (fieldsKey stands for fields),
  // so that the sections skip rendering.
  const placed = useMemo(() => placeErrors(shownErrors, fields), [shownErrors, fieldsKey]);

  const summary = useRef<HTMLDivElement>(null);
  const duplicate = useRef<HTMLDivElement>(null);
  const conflict = useRef<HTMLDivElement>(null);
  const other = useRef<HTMLDivElement>(null);

  // After a refused submission, focus goes to what explains it: the summary, the duplicate or conflict alert.
  useEffect(() => {
    if (attempt === 0) return;
    if (clientErrors) summary.current?.focus();
  }, [attempt, clientErrors]);
  useEffect(() => {
    const target = { fields: summary, duplicate, conflict, other }[failureOf(error) ?? "other"];
    if (error) target.current?.focus();
  }, [error]);

  // setDraft takes an updater and never changes: the sections' `update` prop stays the same.
  const update: (change: (current: BeneficiaryDraft) => BeneficiaryDraft) => void = setDraft;

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const { input, errors } = draftToInput(draft, context);
    if (overridingDuplicate && draft.duplicateReason.trim() === "") {
      errors.duplicateReason = "Indiquez pourquoi créer une nouvelle fiche malgré la fiche existante.";
    }
    setAttempt((n) => n + 1);
    if (Object.keys(errors).length > 0) {
      setClientErrors(errors);
      return;
    }
    setClientErrors(null);
    onSubmit(input);
  }

  const sectionProps = { draft, update, errors: placed.byField };

  return (
    <form onSubmit={submit} noValidate aria-labelledby={labelledBy}>
      {placed.summary.length > 0 && <ErrorSummary ref={summary} items={placed.summary} />}
      {!clientErrors && failure === "duplicate" && error instanceof ApiError && (
        <DuplicateAlert
          ref={duplicate}
          problem={error.problem}
          creating={creating}
          overriding={overridingDuplicate}
          onOverride={() => {
            setOverridingDuplicate(true);
            setTimeout(() => focusField("duplicateReason"));
          }}
        />
      )}
      {creating && overridingDuplicate && (
        <TextField
          path="duplicateReason"
          label="Raison de créer une nouvelle fiche"
          hint="Par exemple : homonyme né le même jour, personne différente vérifiée sur pièce d'identité."
          textArea
          required
          errors={placed.byField}
          value={draft.duplicateReason}
          onChange={(duplicateReason) => update((d) => ({ ...d, duplicateReason }))}
        />
      )}
      {!clientErrors && failure === "conflict" && props.onReload && (
        <ConflictAlert ref={conflict} onReload={props.onReload} reloading={props.reloading ?? false} />
      )}
      {!clientErrors && failure === "other" && (
        <div ref={other} tabIndex={-1}>
          <ErrorAlert
            className="fr-mb-4w"
            error={error}
            title={creating ? "La fiche n'a pas été créée" : "La fiche n'a pas été enregistrée"}
          />
        </div>
      )}

      <p className="fr-text--sm">
        Les champs suivis d'un astérisque (*) sont obligatoires. Les autres peuvent être complétés plus tard.
      </p>

      <IdentitySection {...sectionProps} />
      <NirSection {...sectionProps} maskedNir={original?.nirMasked ? (original.nir ?? undefined) : undefined} />
      <ContactSection {...sectionProps} />
      <AddressSection {...sectionProps} allowOutsideTerritory={!restrictedToCommunes(me)} />
      <SituationSection {...sectionProps} />
      <HouseholdSection {...sectionProps} />
      <BudgetSection {...sectionProps} />
      <HealthSection {...sectionProps} />
      <ObligesSection {...sectionProps} />
      <FollowUpSection {...sectionProps} seesNotes={context.seesNotes} />

      <ul className="fr-btns-group fr-btns-group--inline-md">
        <li>
          <Button type="submit" disabled={pending}>
            {creating && overridingDuplicate ? "Créer quand même la fiche" : submitLabel}
          </Button>
        </li>
        <li>
          <Link className="fr-btn fr-btn--tertiary" to={cancelTo}>
            Annuler
          </Link>
        </li>
      </ul>
    </form>
  );
}
