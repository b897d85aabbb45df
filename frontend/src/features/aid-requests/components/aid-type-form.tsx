import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { Checkbox } from "@codegouvfr/react-dsfr/Checkbox";
import { Input } from "@codegouvfr/react-dsfr/Input";
import { RadioButtons } from "@codegouvfr/react-dsfr/RadioButtons";
import { Select } from "@codegouvfr/react-dsfr/Select";
import { useEffect, useRef, useState, type FormEvent } from "react";
import { Link } from "react-router";
import { ApiError, errorMessage } from "@/lib/api/problem";
import {
  basisLabels,
  draftToInput,
  errorsByPath,
  legalFamilyLabels,
  type AidTypeDraft,
  type AidTypeErrors,
  type AidTypeInput,
  type Basis,
} from "../model/aid-type-draft";

type AidTypeFormProps = {
  initialDraft: AidTypeDraft;
  creating: boolean;
  pending: boolean;
  /** The error of the last submission, as thrown by the mutation. */
  error: unknown;
  onSubmit: (input: AidTypeInput) => void;
  cancelTo: string;
};

/** The DOM id of the input for a server path: "pieces[1].code" → "aid-type-pieces-1-code". */
export function fieldId(path: string): string {
  return `aid-type-${path.replace(/\[(\d+)\]/g, "-$1").replace(/\./g, "-")}`;
}

/** How the summary at the top names a field. */
function fieldLabel(path: string): string {
  const fixed: Record<string, string> = {
    label: "Libellé",
    code: "Code",
    kind: "Nature",
    legalFamily: "Dossier attendu par le département",
    ceilingCents: "Plafond",
    frequencyMonths: "Fréquence",
    scale: "Barème",
    "scale.basis": "Barème",
    "scale.brackets": "Tranches du barème",
  };
  const bracket = /^scale\.brackets\[(\d+)\]\.(upToCents|amountCents)$/.exec(path);
  if (bracket) return `Tranche ${Number(bracket[1]) + 1} : ${bracket[2] === "upToCents" ? "jusqu'à" : "montant"}`;
  const piece = /^pieces\[(\d+)\]\.(code|label)$/.exec(path);
  if (piece) return `Pièce ${Number(piece[1]) + 1} : ${piece[2] === "code" ? "code" : "libellé"}`;
  return fixed[path] ?? "Aide";
}

/** Every path the form shows a message at; the others are listed at the top. */
function placedPaths(draft: AidTypeDraft): string[] {
  const paths = ["label", "code", "kind", "legalFamily", "ceilingCents", "frequencyMonths", "scale", "scale.basis", "scale.brackets"];
  draft.brackets.forEach((_, i) => paths.push(`scale.brackets[${i}].upToCents`, `scale.brackets[${i}].amountCents`));
  draft.pieces.forEach((_, i) => paths.push(`pieces[${i}].code`, `pieces[${i}].label`));
  return paths;
}

/**
 * An aid of the catalogue: its nature, the pièces it requires and, for facultative aid, the
 * règlement's ceiling, frequency and barème. The server's messages show at their fields.
 */
export function AidTypeForm({ initialDraft, creating, pending, error, onSubmit, cancelTo }: AidTypeFormProps) {
  const [draft, setDraft] = useState(initialDraft);
  const [clientErrors, setClientErrors] = useState<AidTypeErrors | null>(null);
  const [attempt, setAttempt] = useState(0);
  const alertRef = useRef<HTMLDivElement>(null);

  const serverErrors = error instanceof ApiError ? errorsByPath(error.problem.errors) : {};
  const errors = clientErrors ?? serverErrors;
  const placed = placedPaths(draft);
  const failed = clientErrors !== null ? Object.keys(clientErrors).length > 0 : error !== null && error !== undefined;

  useEffect(() => {
    if (failed) alertRef.current?.focus();
  }, [attempt, error, failed]);

  const set = <K extends keyof AidTypeDraft>(key: K, value: AidTypeDraft[K]) => setDraft((d) => ({ ...d, [key]: value }));
  const field = (path: string) =>
    errors[path] ? { state: "error" as const, stateRelatedMessage: errors[path] } : { state: "default" as const };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const built = draftToInput(draft);
    setAttempt((n) => n + 1);
    if (Object.keys(built.errors).length > 0) {
      setClientErrors(built.errors);
      return;
    }
    setClientErrors(null);
    onSubmit(built.input);
  };

  const facultative = draft.kind === "FACULTATIVE";

  return (
    <form onSubmit={submit} noValidate aria-labelledby="aid-type-title">
      {failed && (
        <div ref={alertRef} tabIndex={-1}>
          <Alert
            className="fr-mb-4w"
            severity="error"
            role="alert"
            title={creating ? "L'aide n'a pas été ajoutée" : "L'aide n'a pas été modifiée"}
            description={
              <>
                <p>
                  {clientErrors !== null || (error instanceof ApiError && error.status === 422)
                    ? "Corrigez les champs signalés."
                    : errorMessage(error)}
                </p>
                {Object.keys(errors).length > 0 && (
                  <ul>
                    {Object.entries(errors).map(([path, message]) =>
                      placed.includes(path) ? (
                        <li key={path}>
                          <a
                            href={`#${fieldId(path)}`}
                            onClick={(event) => {
                              event.preventDefault();
                              document.getElementById(fieldId(path))?.focus();
                            }}
                          >
                            {`${fieldLabel(path)} : ${message}`}
                          </a>
                        </li>
                      ) : (
                        <li key={path}>{`${fieldLabel(path)} : ${message}`}</li>
                      ),
                    )}
                  </ul>
                )}
              </>
            }
          />
        </div>
      )}

      <fieldset className="fr-fieldset" aria-labelledby="aid-type-identity">
        <legend className="fr-fieldset__legend" id="aid-type-identity">
          L'aide
        </legend>
        <div className="fr-fieldset__element">
          <Input
            label="Libellé"
            {...field("label")}
            nativeInputProps={{ id: fieldId("label"), value: draft.label, onChange: (e) => set("label", e.target.value) }}
          />
        </div>
        <div className="fr-fieldset__element">
          <Input
            label="Code"
            hintText="Majuscules, chiffres et _ : il identifie l'aide dans les échanges (ex. AIDE_RENTREE)."
            {...field("code")}
            nativeInputProps={{
              id: fieldId("code"),
              value: draft.code,
              autoComplete: "off",
              onChange: (e) => set("code", e.target.value),
            }}
          />
        </div>
        <div className="fr-fieldset__element">
          <RadioButtons
            legend="Nature"
            hintText={creating ? undefined : "Une aide ne change pas de nature : créez-en une autre au besoin."}
            orientation="horizontal"
            disabled={!creating}
            {...field("kind")}
            options={[
              {
                label: "Facultative",
                hintText: "Décidée par la commission du CCAS",
                nativeInputProps: { checked: facultative, onChange: () => set("kind", "FACULTATIVE") },
              },
              {
                label: "Légale",
                hintText: "Instruite pour le département",
                nativeInputProps: { checked: !facultative, onChange: () => set("kind", "LEGAL") },
              },
            ]}
          />
        </div>
        {!facultative && (
          <div className="fr-fieldset__element">
            <Select
              label="Dossier attendu par le département"
              {...field("legalFamily")}
              nativeSelectProps={{
                id: fieldId("legalFamily"),
                value: draft.legalFamily,
                onChange: (e) => set("legalFamily", e.target.value),
              }}
            >
              <option value="">Aucun en particulier</option>
              {Object.entries(legalFamilyLabels).map(([value, label]) => (
                <option key={value} value={value}>
                  {label}
                </option>
              ))}
            </Select>
          </div>
        )}
      </fieldset>

      {facultative && (
        <fieldset className="fr-fieldset" aria-labelledby="aid-type-rules">
          <legend className="fr-fieldset__legend" id="aid-type-rules">
            Règlement intérieur
          </legend>
          <div className="fr-fieldset__element fr-fieldset__element--inline">
            <Input
              label="Plafond (€)"
              hintText="Vide : pas de plafond"
              {...field("ceilingCents")}
              nativeInputProps={{
                id: fieldId("ceilingCents"),
                value: draft.ceiling,
                inputMode: "decimal",
                onChange: (e) => set("ceiling", e.target.value),
              }}
            />
          </div>
          <div className="fr-fieldset__element fr-fieldset__element--inline">
            <Input
              label="Une aide au plus tous les (mois)"
              hintText="Vide : pas de limite"
              {...field("frequencyMonths")}
              nativeInputProps={{
                id: fieldId("frequencyMonths"),
                value: draft.frequencyMonths,
                inputMode: "numeric",
                onChange: (e) => set("frequencyMonths", e.target.value),
              }}
            />
          </div>
          <div className="fr-fieldset__element">
            <Select
              label="Barème"
              hint="Le montant proposé à l'instruction suit les tranches du barème."
              {...field("scale.basis")}
              nativeSelectProps={{
                id: fieldId("scale.basis"),
                value: draft.basis,
                onChange: (e) => {
                  const basis = e.target.value as "" | Basis;
                  setDraft((d) => ({
                    ...d,
                    basis,
                    brackets: basis && d.brackets.length === 0 ? [{ upTo: "", amount: "" }] : d.brackets,
                  }));
                },
              }}
            >
              <option value="">Pas de barème</option>
              {Object.entries(basisLabels).map(([value, label]) => (
                <option key={value} value={value}>
                  {label}
                </option>
              ))}
            </Select>
          </div>
          {draft.basis && (
            <div className="fr-fieldset__element">
              {errors["scale.brackets"] && <p className="fr-error-text fr-mb-2w">{errors["scale.brackets"]}</p>}
              <ul className="fr-raw-list" aria-label="Tranches du barème">
                {draft.brackets.map((row, index) => (
                  <li key={index} className="fr-grid-row fr-grid-row--gutters fr-grid-row--bottom">
                    <div className="fr-col-12 fr-col-md-4">
                      <Input
                        label={`Tranche ${index + 1} : jusqu'à (€)`}
                        {...field(`scale.brackets[${index}].upToCents`)}
                        nativeInputProps={{
                          id: fieldId(`scale.brackets[${index}].upToCents`),
                          value: row.upTo,
                          inputMode: "decimal",
                          onChange: (e) =>
                            set("brackets", draft.brackets.map((r, i) => (i === index ? { ...r, upTo: e.target.value } : r))),
                        }}
                      />
                    </div>
                    <div className="fr-col-12 fr-col-md-4">
                      <Input
                        label={`Tranche ${index + 1} : montant (€)`}
                        {...field(`scale.brackets[${index}].amountCents`)}
                        nativeInputProps={{
                          id: fieldId(`scale.brackets[${index}].amountCents`),
                          value: row.amount,
                          inputMode: "decimal",
                          onChange: (e) =>
                            set("brackets", draft.brackets.map((r, i) => (i === index ? { ...r, amount: e.target.value } : r))),
                        }}
                      />
                    </div>
                    <div className="fr-col-12 fr-col-md-4 fr-mb-3w">
                      <Button
                        type="button"
                        priority="tertiary"
                        size="small"
                        iconId="fr-icon-delete-line"
                        onClick={() => set("brackets", draft.brackets.filter((_, i) => i !== index))}
                      >
                        {`Retirer la tranche ${index + 1}`}
                      </Button>
                    </div>
                  </li>
                ))}
              </ul>
              <Button
                type="button"
                priority="secondary"
                size="small"
                iconId="fr-icon-add-line"
                onClick={() => set("brackets", [...draft.brackets, { upTo: "", amount: "" }])}
              >
                Ajouter une tranche
              </Button>
            </div>
          )}
        </fieldset>
      )}

      <fieldset className="fr-fieldset" aria-labelledby="aid-type-pieces">
        <legend className="fr-fieldset__legend" id="aid-type-pieces">
          Pièces justificatives
          <span className="fr-hint-text">Les demandes déjà créées gardent leur liste de pièces.</span>
        </legend>
        <div className="fr-fieldset__element">
          {draft.pieces.length === 0 && <p>Aucune pièce demandée.</p>}
          <ul className="fr-raw-list fr-mb-2w" aria-label="Pièces demandées">
            {draft.pieces.map((piece, index) => {
              const update = (patch: Partial<AidTypeDraft["pieces"][number]>) =>
                set("pieces", draft.pieces.map((p, i) => (i === index ? { ...p, ...patch } : p)));
              return (
                <li key={index} className="fr-grid-row fr-grid-row--gutters fr-grid-row--bottom">
                  <div className="fr-col-12 fr-col-md-3">
                    <Input
                      label={`Pièce ${index + 1} : code`}
                      {...field(`pieces[${index}].code`)}
                      nativeInputProps={{
                        id: fieldId(`pieces[${index}].code`),
                        value: piece.code,
                        onChange: (e) => update({ code: e.target.value }),
                      }}
                    />
                  </div>
                  <div className="fr-col-12 fr-col-md-4">
                    <Input
                      label={`Pièce ${index + 1} : libellé`}
                      {...field(`pieces[${index}].label`)}
                      nativeInputProps={{
                        id: fieldId(`pieces[${index}].label`),
                        value: piece.label,
                        onChange: (e) => update({ label: e.target.value }),
                      }}
                    />
                  </div>
                  <div className="fr-col-12 fr-col-md-2 fr-mb-3w">
                    <Checkbox
                      small
                      options={[
                        {
                          label: "Obligatoire",
                          nativeInputProps: {
                            checked: piece.required,
                            "aria-label": `Pièce ${index + 1} obligatoire`,
                            onChange: (e) => update({ required: e.target.checked }),
                          },
                        },
                      ]}
                    />
                  </div>
                  <div className="fr-col-12 fr-col-md-3 fr-mb-3w">
                    <Button
                      type="button"
                      priority="tertiary"
                      size="small"
                      iconId="fr-icon-delete-line"
                      onClick={() => set("pieces", draft.pieces.filter((_, i) => i !== index))}
                    >
                      {`Retirer la pièce ${index + 1}`}
                    </Button>
                  </div>
                </li>
              );
            })}
          </ul>
          <Button
            type="button"
            priority="secondary"
            size="small"
            iconId="fr-icon-add-line"
            onClick={() => set("pieces", [...draft.pieces, { code: "", label: "", required: true }])}
          >
            Ajouter une pièce
          </Button>
        </div>
      </fieldset>

      <Checkbox
        options={[
          {
            label: "Aide proposée aux agents",
            hintText: "Décochée, l'aide est désactivée : on ne peut plus créer de demande pour elle ; les demandes en cours continuent.",
            nativeInputProps: { checked: draft.active, onChange: (e) => set("active", e.target.checked) },
          },
        ]}
      />

      <ul className="fr-btns-group fr-btns-group--inline-sm fr-mt-3w">
        <li>
          <Button type="submit" disabled={pending}>
            {creating ? "Ajouter l'aide" : "Enregistrer les modifications"}
          </Button>
        </li>
        <li>
          <Link className="fr-btn fr-btn--secondary" to={cancelTo}>
            Annuler
          </Link>
        </li>
      </ul>
    </form>
  );
}
