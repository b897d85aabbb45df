import { Button } from "@codegouvfr/react-dsfr/Button";
import { Input } from "@codegouvfr/react-dsfr/Input";
import { RadioButtons } from "@codegouvfr/react-dsfr/RadioButtons";
import { Select } from "@codegouvfr/react-dsfr/Select";
import { useEffect, useRef, useState, type FormEvent } from "react";
import { ErrorAlert } from "@/components/error-alert";
import { ApiError } from "@/lib/api/problem";
import { useMe } from "@/lib/auth/session-store";
import { hasRole } from "@/lib/roles";
import { useTransition } from "../api/aid-requests-queries";
import { BudgetOverrideField } from "./budget-override-field";
import type { AidRequest, RequestAction } from "../api/types";
import { centsToEuroInput } from "@/lib/format/money";
import {
  actionFields,
  buildTransition,
  formFieldOf,
  type TransitionField,
  type TransitionValues,
} from "../model/transition-form";
import { actionLabels, closedReasonLabels, paymentMethodLabels } from "../model/vocabulary";

const dateLabels: Partial<Record<RequestAction, string>> = {
  DEPOSER: "Date de dépôt",
  TRANSMETTRE: "Date d'envoi au département",
  ENREGISTRER_DECISION: "Date de la décision",
  ACCORDER: "Date de la décision",
  REFUSER: "Date de la décision",
  VERSER: "Date du paiement",
};

const amountLabels: Partial<Record<RequestAction, string>> = {
  INSTRUIRE: "Montant proposé (€)",
  ACCORDER: "Montant accordé (€)",
  ENREGISTRER_DECISION: "Montant décidé (€)",
};

type FieldProps = {
  action: RequestAction;
  field: TransitionField;
  value: string;
  error: string | undefined;
  isLoan: boolean;
  onChange: (value: string) => void;
};

function Field({ action, field, value, error, isLoan, onChange }: FieldProps) {
  const state = error ? ("error" as const) : ("default" as const);
  const text = (label: string, hintText?: string) => (
    <Input
      label={label}
      hintText={hintText}
      state={state}
      stateRelatedMessage={error}
      nativeInputProps={{ value, onChange: (e) => onChange(e.target.value) }}
    />
  );
  switch (field) {
    case "date":
      return (
        <Input
          label={dateLabels[action] ?? "Date"}
          hintText="Aujourd'hui si vide"
          state={state}
          stateRelatedMessage={error}
          nativeInputProps={{ type: "date", value, onChange: (e) => onChange(e.target.value) }}
        />
      );
    case "effectiveOn":
      return (
        <Input
          label="Date d'effet"
          state={state}
          stateRelatedMessage={error}
          nativeInputProps={{ type: "date", value, onChange: (e) => onChange(e.target.value) }}
        />
      );
    case "comment":
      return (
        <Input
          label="Commentaire"
          hintText="Facultatif"
          textArea
          nativeTextAreaProps={{ value, rows: 2, onChange: (e) => onChange(e.target.value) }}
        />
      );
    case "motivation":
      return (
        <Input
          label="Motivation"
          hintText={action === "ENREGISTRER_DECISION" ? "Obligatoire en cas de refus" : undefined}
          textArea
          state={state}
          stateRelatedMessage={error}
          nativeTextAreaProps={{ value, rows: 3, onChange: (e) => onChange(e.target.value) }}
        />
      );
    case "avis":
    case "decision": {
      const options =
        field === "avis"
          ? [
              ["FAVORABLE", "Favorable"],
              ["DEFAVORABLE", "Défavorable"],
            ]
          : [
              ["ACCORDEE", "Accordée"],
              ["REFUSEE", "Refusée"],
            ];
      return (
        <RadioButtons
          legend={field === "avis" ? "Avis du président" : "Décision du département"}
          name={`${action}-${field}`}
          state={state}
          stateRelatedMessage={error}
          orientation="horizontal"
          options={options.map(([v = "", label = ""]) => ({
            label,
            nativeInputProps: { value: v, checked: value === v, onChange: () => onChange(v) },
          }))}
        />
      );
    }
    case "amount":
      return text(amountLabels[action] ?? "Montant (€)", action === "INSTRUIRE" ? "Vide : le montant du barème" : undefined);
    case "paymentMethod":
    case "closedReason": {
      const labels = field === "paymentMethod" ? paymentMethodLabels : closedReasonLabels;
      return (
        <Select
          label={field === "paymentMethod" ? "Mode de paiement" : "Motif du classement"}
          state={state}
          stateRelatedMessage={error}
          nativeSelectProps={{ value, onChange: (e) => onChange(e.target.value) }}
        >
          <option value="">Choisir</option>
          {Object.entries(labels).map(([v, label]) => (
            <option key={v} value={v}>
              {label}
            </option>
          ))}
        </Select>
      );
    }
    case "paymentReference":
      return text("Référence du paiement", "Numéro de chèque, de virement ou des chèques");
    case "installments":
      return isLoan ? text("Nombre de mensualités de remboursement", "10 si vide") : null;
    case "budgetOverrideReason":
      return <BudgetOverrideField value={value} onChange={onChange} error={error} />;
  }
}

type ActionFormProps = {
  request: AidRequest;
  etag: string;
  action: RequestAction;
  onDone: () => void;
  onCancel: () => void;
};

function ActionForm({ request, etag, action, onDone, onCancel }: ActionFormProps) {
  const transition = useTransition(request.id ?? "");
  // Only an administrator may grant beyond the budget: nobody else is asked for a reason.
  const isAdmin = hasRole(useMe(), "ADMIN");
  const fields = actionFields[action].filter((field) => field !== "budgetOverrideReason" || isAdmin);
  const [values, setValues] = useState<TransitionValues>(() =>
    action === "ACCORDER" && request.proposedAmountCents ? { amount: centsToEuroInput(request.proposedAmountCents) } : {},
  );
  const [localErrors, setLocalErrors] = useState<Partial<Record<TransitionField, string>>>({});
  const legendRef = useRef<HTMLLegendElement>(null);
  useEffect(() => legendRef.current?.focus(), []);

  const serverErrors: Partial<Record<TransitionField, string>> = {};
  const otherErrors: string[] = [];
  if (transition.error instanceof ApiError) {
    for (const e of transition.error.problem.errors ?? []) {
      const field = e.field ? formFieldOf(e.field) : undefined;
      if (field) serverErrors[field] = e.message;
      else if (e.message) otherErrors.push(e.message);
    }
  }

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const { body, errors } = buildTransition(action, values);
    setLocalErrors(errors);
    if (Object.keys(errors).length > 0) return;
    transition.mutate({ body, etag }, { onSuccess: onDone });
  };

  const legendId = `action-${action}`;
  return (
    <form onSubmit={submit} noValidate aria-labelledby={legendId} className="fr-mt-2w fr-mb-3w">
      <fieldset className="fr-fieldset">
        <legend className="fr-fieldset__legend" id={legendId} ref={legendRef} tabIndex={-1}>
          {actionLabels[action]}
        </legend>
        {transition.isError && (
          <div className="fr-fieldset__element">
            <ErrorAlert error={transition.error} title="L'action n'a pas abouti" />
            {otherErrors.length > 0 && (
              <ul className="fr-mt-1w" aria-label="Points à régler">
                {otherErrors.map((message) => (
                  <li key={message}>{message}</li>
                ))}
              </ul>
            )}
          </div>
        )}
        {fields.map((field) => (
          <div className="fr-fieldset__element" key={field}>
            <Field
              action={action}
              field={field}
              value={values[field] ?? ""}
              error={localErrors[field] ?? serverErrors[field]}
              isLoan={request.aidType?.code === "PRET_SANS_INTERET"}
              onChange={(value) => setValues((v) => ({ ...v, [field]: value }))}
            />
          </div>
        ))}
        <div className="fr-fieldset__element">
          <ul className="fr-btns-group fr-btns-group--inline-sm">
            <li>
              <Button type="submit" disabled={transition.isPending}>
                {`Confirmer : ${actionLabels[action]}`}
              </Button>
            </li>
            <li>
              <Button type="button" priority="secondary" onClick={onCancel}>
                Annuler
              </Button>
            </li>
          </ul>
        </div>
      </fieldset>
    </form>
  );
}

/** The actions the server allows now, and only those; each opens its small form. */
export function ActionPanel({ request, etag }: { request: AidRequest; etag: string }) {
  const [open, setOpen] = useState<RequestAction | null>(null);
  const [done, setDone] = useState<RequestAction | null>(null);
  const actions = request.allowedActions ?? [];
  if (actions.length === 0) return <p>Aucune action n'est possible pour vous à ce stade.</p>;
  return (
    <>
      {done && (
        <p role="status" className="fr-text--sm">
          {`Action enregistrée : ${actionLabels[done]}.`}
        </p>
      )}
      <ul className="fr-btns-group fr-btns-group--inline-md" aria-label="Actions possibles">
        {actions.map((action) => (
          <li key={action}>
            <Button
              priority={action === "CLASSER_SANS_SUITE" ? "tertiary" : open === action ? "secondary" : "primary"}
              aria-expanded={open === action}
              onClick={() => {
                setDone(null);
                setOpen(open === action ? null : action);
              }}
            >
              {actionLabels[action]}
            </Button>
          </li>
        ))}
      </ul>
      {open && (
        <ActionForm
          key={open}
          request={request}
          etag={etag}
          action={open}
          onCancel={() => setOpen(null)}
          onDone={() => {
            setDone(open);
            setOpen(null);
          }}
        />
      )}
    </>
  );
}
