import { Button } from "@codegouvfr/react-dsfr/Button";
import { Input } from "@codegouvfr/react-dsfr/Input";
import { useState, type FormEvent } from "react";
import { Link, useNavigate } from "react-router";
import { ErrorAlert } from "@/components/error-alert";
import { Loading } from "@/components/loading";
import { ApiError } from "@/lib/api/problem";
import { useMe } from "@/lib/auth/session-store";
import { useDocumentTitle } from "@/lib/use-document-title";
import { useCommissions, useCreateCommission } from "../api/commission-queries";
import { formatDate } from "@/lib/format/dates";
import { canManageCommission } from "../model/permissions";

function CreateSessionForm() {
  const create = useCreateCommission();
  const navigate = useNavigate();
  const [heldOn, setHeldOn] = useState("");
  const [title, setTitle] = useState("");
  const [members, setMembers] = useState("");
  const [errors, setErrors] = useState<Record<string, string>>({});
  const serverErrors = create.error instanceof ApiError ? create.error.fieldErrors : {};
  const errorOf = (field: string) => errors[field] ?? serverErrors[field];

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const next: Record<string, string> = {};
    if (!heldOn) next.heldOn = "Indiquez la date de la séance.";
    if (!title.trim()) next.title = "Indiquez l'intitulé de la séance.";
    setErrors(next);
    if (Object.keys(next).length > 0) return;
    create.mutate(
      {
        heldOn,
        title: title.trim(),
        members: members
          .split(/[\n,;]/)
          .map((m) => m.trim())
          .filter(Boolean),
      },
      { onSuccess: (session) => navigate(`/commission/${session.id ?? ""}`) },
    );
  };

  return (
    <form onSubmit={submit} noValidate aria-label="Nouvelle séance">
      <h2 className="fr-h4">Nouvelle séance</h2>
      {create.isError && <ErrorAlert className="fr-mb-2w" error={create.error} title="La séance n'a pas été créée" />}
      <Input
        label="Date de la séance"
        state={errorOf("heldOn") ? "error" : "default"}
        stateRelatedMessage={errorOf("heldOn")}
        nativeInputProps={{ type: "date", value: heldOn, onChange: (e) => setHeldOn(e.target.value) }}
      />
      <Input
        label="Intitulé"
        state={errorOf("title") ? "error" : "default"}
        stateRelatedMessage={errorOf("title")}
        nativeInputProps={{ value: title, onChange: (e) => setTitle(e.target.value) }}
      />
      <Input
        label="Membres présents"
        hintText="Un nom par ligne"
        textArea
        nativeTextAreaProps={{ value: members, rows: 3, onChange: (e) => setMembers(e.target.value) }}
      />
      <Button type="submit" disabled={create.isPending}>
        Créer la séance
      </Button>
    </form>
  );
}

/** The commission's sittings, where facultative aid is decided. */
export function CommissionsRoute() {
  useDocumentTitle("Commission");
  const me = useMe();
  const sessions = useCommissions();
  return (
    <>
      <h1>Commission d'attribution</h1>
      <div className="fr-grid-row fr-grid-row--gutters">
        <div className="fr-col-12 fr-col-md-7">
          <h2 className="fr-h4">Séances</h2>
          {sessions.isPending && <Loading label="Chargement des séances…" />}
          {sessions.isError && <ErrorAlert error={sessions.error} title="Les séances n'ont pas pu être chargées" />}
          {sessions.isSuccess && sessions.data.length === 0 && <p>Aucune séance pour l'instant.</p>}
          {sessions.isSuccess && sessions.data.length > 0 && (
            <ul aria-label="Séances">
              {sessions.data.map((session) => (
                <li key={session.id}>
                  <Link to={`/commission/${session.id ?? ""}`}>{`${formatDate(session.heldOn)} — ${session.title ?? ""}`}</Link>
                  {session.agenda && ` (${session.agenda.length} demande${session.agenda.length > 1 ? "s" : ""})`}
                </li>
              ))}
            </ul>
          )}
        </div>
        {canManageCommission(me) && (
          <div className="fr-col-12 fr-col-md-5">
            <CreateSessionForm />
          </div>
        )}
      </div>
    </>
  );
}
