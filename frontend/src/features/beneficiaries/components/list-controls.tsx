import { Button } from "@codegouvfr/react-dsfr/Button";
import type { FieldErrors } from "../model/beneficiary-draft";
import { fieldId } from "../model/field-errors";

type AddButtonProps = { path: string; label: string; errors: FieldErrors; onAdd: () => void };

/** Adds a line to a list of the record; an error about the whole list is shown above it. */
export function AddButton({ path, label, errors, onAdd }: AddButtonProps) {
  const message = errors[path];
  const messageId = `${fieldId(path)}-desc-error`;
  return (
    <div className="fr-mb-2w">
      {message && (
        <p id={messageId} className="fr-message fr-message--error fr-mb-1w">
          {message}
        </p>
      )}
      <Button
        type="button"
        priority="secondary"
        iconId="fr-icon-add-line"
        nativeButtonProps={{ id: fieldId(path), "aria-describedby": message ? messageId : undefined }}
        onClick={onAdd}
      >
        {label}
      </Button>
    </div>
  );
}

type RemoveButtonProps = { label: string; onRemove: () => void };

export function RemoveButton({ label, onRemove }: RemoveButtonProps) {
  return (
    <Button type="button" priority="tertiary" size="small" iconId="fr-icon-delete-line" onClick={onRemove}>
      {label}
    </Button>
  );
}
