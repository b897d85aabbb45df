import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { errorMessage } from "@/lib/api/problem";

type ErrorAlertProps = {
  error: unknown;
  title?: string;
  className?: string;
};

/** A failed API call told in French, announced to screen readers. */
export function ErrorAlert({ error, title = "Une erreur est survenue", className }: ErrorAlertProps) {
  return (
    <Alert
      className={className}
      severity="error"
      role="alert"
      title={title}
      description={errorMessage(error)}
    />
  );
}
