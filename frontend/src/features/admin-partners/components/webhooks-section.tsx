import { Button } from "@codegouvfr/react-dsfr/Button";
import { Input } from "@codegouvfr/react-dsfr/Input";
import { useState, type FormEvent } from "react";
import { ErrorAlert } from "@/components/error-alert";
import { ApiError } from "@/lib/api/problem";
import { formatDateTime } from "@/lib/format/dates";
import { useRegisterWebhook, useRemoveWebhook, useWebhooks } from "../api/partners-queries";
import type { WebhookCreated } from "../api/types";
import { SecretOnce } from "./secret-once";

/** The partner's webhooks: where events are pushed, signed with a secret shown once. */
export function WebhooksSection({ partnerId }: { partnerId: string }) {
  const webhooks = useWebhooks(partnerId);
  const register = useRegisterWebhook(partnerId);
  const remove = useRemoveWebhook(partnerId);
  const [url, setUrl] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [created, setCreated] = useState<WebhookCreated | null>(null);
  const urlError = error ?? (register.error instanceof ApiError ? register.error.fieldErrors.url : undefined);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!url.trim()) {
      setError("Indiquez l'adresse qui recevra les événements (https://…).");
      return;
    }
    setError(null);
    register.mutate(url.trim(), {
      onSuccess: (result) => {
        setCreated(result);
        register.reset();
        setUrl("");
      },
    });
  };

  return (
    <section aria-labelledby="webhooks-title" className="fr-mb-6w">
      <h2 id="webhooks-title" className="fr-h4">
        Webhooks
      </h2>
      <p className="fr-text--sm">
        Les événements (dossier transmis, accusé de réception, décision, orientation) sont envoyés signés (HMAC-SHA256 de
        l'horodatage et du corps), avec de nouveaux essais espacés tant que le partenaire ne répond pas.
      </p>
      {created?.secret && (
        <SecretOnce
          title="Webhook enregistré"
          secret={created.secret}
          identifier={{ label: "Adresse", value: created.webhook?.url ?? "" }}
          onDone={() => setCreated(null)}
        >
          <p>Le partenaire vérifie la signature de chaque événement avec ce secret. Un événement de test part tout de suite.</p>
        </SecretOnce>
      )}
      {webhooks.isPending && <p role="status">Chargement des webhooks…</p>}
      {webhooks.isError && <ErrorAlert error={webhooks.error} title="Les webhooks n'ont pas pu être chargés" />}
      {remove.isError && <ErrorAlert error={remove.error} title="Le webhook n'a pas été désactivé" />}
      {webhooks.isSuccess && webhooks.data.length === 0 && <p>Aucun webhook actif : le partenaire interroge l'API lui-même.</p>}
      {webhooks.isSuccess && webhooks.data.length > 0 && (
        <div className="fr-table fr-table--no-caption">
          <table>
            <caption>Webhooks actifs</caption>
            <thead>
              <tr>
                <th scope="col">Adresse</th>
                <th scope="col">Enregistré le</th>
                <th scope="col">En attente</th>
                <th scope="col">Abandonnées</th>
                <th scope="col">Action</th>
              </tr>
            </thead>
            <tbody>
              {webhooks.data.map((w) => (
                <tr key={w.id}>
                  <td>
                    <code>{w.url}</code>
                  </td>
                  <td>{formatDateTime(w.createdAt)}</td>
                  <td>{w.pending}</td>
                  <td>{w.failed}</td>
                  <td>
                    <Button
                      priority="tertiary"
                      size="small"
                      disabled={remove.isPending}
                      title={`Désactiver le webhook ${w.url ?? ""}`}
                      onClick={() => remove.mutate(w.id ?? "")}
                    >
                      Désactiver
                    </Button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <form onSubmit={submit} noValidate aria-label="Enregistrer un webhook" className="fr-col-12 fr-col-md-8">
        {register.isError && !urlError && (
          <ErrorAlert className="fr-mb-2w" error={register.error} title="Le webhook n'a pas été enregistré" />
        )}
        <Input
          label="Adresse du webhook"
          hintText="En https, chez le partenaire. Ex. https://api.departement38.fr/entraide/evenements"
          state={urlError ? "error" : "default"}
          stateRelatedMessage={urlError}
          nativeInputProps={{ type: "url", value: url, autoComplete: "off", onChange: (e) => setUrl(e.target.value) }}
        />
        <Button type="submit" disabled={register.isPending}>
          Enregistrer le webhook
        </Button>
      </form>
    </section>
  );
}
