import { Input } from "@codegouvfr/react-dsfr/Input";
import { useMe } from "@/lib/auth/session-store";
import { hasRole } from "@/lib/roles";

type BudgetOverrideFieldProps = {
  value: string;
  onChange: (value: string) => void;
  /** The server's message for budgetOverrideReason (a 409 when the budget does not suffice). */
  error?: string;
  /** Names the request when several are on the screen (the commission's table). */
  label?: string;
  id?: string;
};

/**
 * The reason an administrator gives to grant an aid beyond the remaining budget; the server
 * refuses the grant (409) without it. Only administrators see it: nobody else may override.
 */
export function BudgetOverrideField({ value, onChange, error, label = "Raison du dépassement du budget", id }: BudgetOverrideFieldProps) {
  const me = useMe();
  if (!hasRole(me, "ADMIN")) return null;
  return (
    <Input
      label={label}
      hintText="Administrateur : à remplir si le budget restant ne suffit pas"
      state={error ? "error" : "default"}
      stateRelatedMessage={error}
      nativeInputProps={{ id, value, onChange: (e) => onChange(e.target.value) }}
    />
  );
}
