import "./beneficiaries.css";
import { Input } from "@codegouvfr/react-dsfr/Input";
import { RadioButtons } from "@codegouvfr/react-dsfr/RadioButtons";
import { Select } from "@codegouvfr/react-dsfr/Select";
import type { HTMLAttributes, InputHTMLAttributes, ReactNode } from "react";
import type { FieldErrors } from "../model/beneficiary-draft";
import { fieldId } from "../model/field-errors";

/**
 * The form's controls, named by the JSON path of their field: the id comes from the
 * path, and so does the server's error message, shown under the control and linked
 * to it (aria-describedby) by the DSFR components.
 */
type FieldProps = {
  path: string;
  label: ReactNode;
  hint?: ReactNode;
  errors: FieldErrors;
  className?: string;
};

type TextFieldProps = FieldProps & {
  value: string;
  onChange: (value: string) => void;
  type?: "text" | "date" | "email" | "tel" | "number" | "search";
  autoComplete?: string;
  inputMode?: HTMLAttributes<HTMLInputElement>["inputMode"];
  spellCheck?: boolean;
  textArea?: boolean;
  required?: boolean;
  extra?: Omit<InputHTMLAttributes<HTMLInputElement>, "value" | "onChange" | "id" | "type">;
};

/** Required fields end with an asterisk, as the note at the top of the form explains. */
function labelOf(label: ReactNode, required: boolean | undefined): ReactNode {
  return required ? <>{label} *</> : label;
}

function stateOf(message: string | undefined) {
  return message ? ({ state: "error", stateRelatedMessage: message } as const) : ({ state: "default" } as const);
}

export function TextField(props: TextFieldProps) {
  const { path, label, hint, errors, className, value, onChange, textArea, required } = props;
  const message = errors[path];
  if (textArea) {
    return (
      <Input
        className={className}
        label={labelOf(label, required)}
        hintText={hint}
        textArea
        {...stateOf(message)}
        nativeTextAreaProps={{
          id: fieldId(path),
          value,
          rows: 4,
          onChange: (event) => onChange(event.target.value),
        }}
      />
    );
  }
  return (
    <Input
      className={className}
      label={labelOf(label, required)}
      hintText={hint}
      {...stateOf(message)}
      nativeInputProps={{
        ...props.extra,
        id: fieldId(path),
        type: props.type ?? "text",
        autoComplete: props.autoComplete ?? "off",
        inputMode: props.inputMode,
        spellCheck: props.spellCheck,
        "aria-required": required || undefined,
        value,
        onChange: (event) => onChange(event.target.value),
      }}
    />
  );
}

type SelectFieldProps<T extends string> = FieldProps & {
  value: T | "";
  onChange: (value: T | "") => void;
  options: readonly { value: T; label: string }[];
  /** Text of the empty choice. */
  placeholder?: string;
  required?: boolean;
};

export function SelectField<T extends string>(props: SelectFieldProps<T>) {
  const { path, label, hint, errors, className, value, onChange, options, placeholder = "Non renseigné" } = props;
  return (
    <Select
      className={className}
      label={labelOf(label, props.required)}
      hint={hint}
      {...stateOf(errors[path])}
      nativeSelectProps={{
        id: fieldId(path),
        value,
        "aria-required": props.required || undefined,
        onChange: (event) => onChange(event.target.value as T | ""),
      }}
    >
      <option value="">{placeholder}</option>
      {options.map((option) => (
        <option key={option.value} value={option.value}>
          {option.label}
        </option>
      ))}
    </Select>
  );
}

type RadioFieldProps<T extends string> = Omit<FieldProps, "label"> & {
  legend: ReactNode;
  required?: boolean;
  value: T | "";
  onChange: (value: T) => void;
  options: readonly { value: T; label: string }[];
};

export function RadioField<T extends string>(props: RadioFieldProps<T>) {
  const { path, legend, hint, errors, className, value, onChange, options } = props;
  const id = fieldId(path);
  return (
    <RadioButtons
      id={id}
      className={className}
      legend={labelOf(legend, props.required)}
      hintText={hint}
      name={id}
      orientation="horizontal"
      {...stateOf(errors[path])}
      options={options.map((option) => ({
        label: option.label,
        nativeInputProps: {
          value: option.value,
          checked: value === option.value,
          onChange: () => onChange(option.value),
        },
      }))}
    />
  );
}

type CheckboxFieldProps = FieldProps & {
  checked: boolean;
  onChange: (checked: boolean) => void;
};

/** One checkbox, in the DSFR's markup, its error linked to it. */
export function CheckboxField({ path, label, hint, errors, className, checked, onChange }: CheckboxFieldProps) {
  const id = fieldId(path);
  const message = errors[path];
  const messageId = `${id}-desc-error`;
  return (
    <div className={["fr-checkbox-group", message ? "fr-checkbox-group--error" : "", className ?? ""].join(" ").trim()}>
      <input
        type="checkbox"
        id={id}
        checked={checked}
        aria-describedby={message ? messageId : undefined}
        onChange={(event) => onChange(event.target.checked)}
      />
      <label className="fr-label" htmlFor={id}>
        {label}
        {hint && <span className="fr-hint-text">{hint}</span>}
      </label>
      <div className="fr-messages-group" aria-live="polite">
        {message && (
          <p id={messageId} className="fr-message fr-message--error">
            {message}
          </p>
        )}
      </div>
    </div>
  );
}

/** A part of the form: a fieldset whose legend is also a heading, for screen reader navigation. */
export function FormSection({ id, title, hint, children }: { id: string; title: string; hint?: ReactNode; children: ReactNode }) {
  return (
    <fieldset className="fr-fieldset fr-mb-5w" aria-labelledby={`${id}-legend`}>
      <legend id={`${id}-legend`} className="fr-fieldset__legend">
        <h2 className="fr-h4 fr-mb-1w">{title}</h2>
        {hint && <span className="fr-hint-text">{hint}</span>}
      </legend>
      <div className="fr-fieldset__element">{children}</div>
    </fieldset>
  );
}

/** A line of a repeated block (a household member, a resource…), with its own legend. */
export function ItemFieldset({ id, legend, children }: { id: string; legend: string; children: ReactNode }) {
  return (
    <fieldset className="fr-fieldset beneficiary-item fr-mb-3w" aria-labelledby={`${id}-legend`}>
      <legend id={`${id}-legend`} className="fr-fieldset__legend fr-text--bold">
        {legend}
      </legend>
      <div className="fr-fieldset__element">{children}</div>
    </fieldset>
  );
}
