import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { Input } from "@codegouvfr/react-dsfr/Input";
import { PasswordInput } from "@codegouvfr/react-dsfr/blocks/PasswordInput";
import { useState, type FormEvent } from "react";
import { ApiError, errorMessage, problemTypes } from "@/lib/api/problem";
import { useLogin } from "../api/use-login";

export const invalidCredentialsMessage = "Adresse électronique ou mot de passe incorrect.";

function loginErrorMessage(error: unknown): string {
  if (error instanceof ApiError && error.type === problemTypes.invalidCredentials) {
    return invalidCredentialsMessage;
  }
  return errorMessage(error);
}

export function LoginForm() {
  const login = useLogin();
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const fieldErrors = login.error instanceof ApiError ? login.error.fieldErrors : {};

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    login.mutate({ email: email.trim(), password });
  }

  return (
    <form onSubmit={submit} noValidate aria-labelledby="login-title">
      <h1 id="login-title">Connexion à Entraide</h1>
      <p className="fr-text--sm">Tous les champs sont obligatoires.</p>
      {login.isError && (
        <Alert
          className="fr-mb-3w"
          severity="error"
          role="alert"
          title="Connexion impossible"
          description={loginErrorMessage(login.error)}
        />
      )}
      <Input
        label="Adresse électronique"
        hintText="Format attendu : nom@domaine.fr"
        state={fieldErrors.email ? "error" : "default"}
        stateRelatedMessage={fieldErrors.email}
        nativeInputProps={{
          type: "email",
          name: "email",
          autoComplete: "username",
          required: true,
          value: email,
          onChange: (event) => setEmail(event.target.value),
        }}
      />
      <PasswordInput
        label="Mot de passe"
        messagesHint=""
        messages={fieldErrors.password ? [{ severity: "error", message: fieldErrors.password }] : []}
        nativeInputProps={{
          name: "password",
          autoComplete: "current-password",
          required: true,
          value: password,
          onChange: (event) => setPassword(event.target.value),
        }}
      />
      <Button type="submit" className="fr-mt-3w" disabled={login.isPending}>
        Se connecter
      </Button>
    </form>
  );
}
