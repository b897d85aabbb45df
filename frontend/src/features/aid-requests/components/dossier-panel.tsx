import { Badge } from "@codegouvfr/react-dsfr/Badge";
import "./aid-requests.css";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { Checkbox } from "@codegouvfr/react-dsfr/Checkbox";
import { Input } from "@codegouvfr/react-dsfr/Input";
import { useEffect, useState, type FormEvent } from "react";
import { Link } from "react-router";
import { ErrorAlert } from "@/components/error-alert";
import { ApiError } from "@/lib/api/problem";
import type { Me } from "@/lib/api/types";
import { formatDateTime } from "@/lib/format/dates";
import { hasRole } from "@/lib/roles";
import {
  useDossierCheck,
  useDossierPdf,
  useDossierVersions,
  useDownloadDossier,
  useGenerateDossier,
  useUpdateDossierData,
} from "../api/dossier-queries";
import type { AidRequest, DossierCheck, DossierCheckField, DossierVersion } from "../api/types";
import { canHandlePieces } from "../model/permissions";

/** The dossier carries the NIR: reception agents generate it but do not open it. */
export function canOpenDossier(me: Pick<Me, "roles">): boolean {
  return hasRole(me, "ADMIN") || hasRole(me, "INSTRUCTEUR") || hasRole(me, "PRESIDENT");
}

/** Where the agent fixes a field: the person's form opened at that field, or the place on this page. */
export function fixLink(field: DossierCheckField, check: Pick<DossierCheck, "beneficiaryId" | "requestId">): string | null {
  if (field.target === "BENEFICIARY" && check.beneficiaryId && field.path) {
    const query = new URLSearchParams({ champ: field.path, retour: `/demandes/${check.requestId ?? ""}` });
    return `/beneficiaires/${check.beneficiaryId}/modifier?${query.toString()}`;
  }
  if (field.target === "PIECES") return "#pieces-title";
  if (field.target === "REQUEST" && field.path === "avis") return "#actions-title";
  if (field.target === "REQUEST") return "#dossier-data-title";
  return null;
}

function CompletenessReport({ check }: { check: DossierCheck }) {
  const sections = check.sections ?? [];
  return (
    <div className="fr-mb-3w">
      <p>
        {check.complete ? (
          <Badge severity="success" noIcon>
            Dossier complet
          </Badge>
        ) : (
          <Badge severity="warning" noIcon>
            {`Dossier incomplet : ${(check.missingCount ?? 0) + (check.invalidCount ?? 0)} élément(s) à reprendre`}
          </Badge>
        )}{" "}
        <span className="fr-text--sm">{`${check.form ?? ""} — ${check.title ?? ""}`}</span>
      </p>
      <ul className="fr-raw-list" aria-label="Rubriques du formulaire">
        {sections.map((section) => {
          const fields = section.fields ?? [];
          const problems = fields.filter((f) => f.state !== "FILLED");
          return (
            <li key={section.code} className="fr-mb-2w">
              <h3 className="fr-h6 fr-mb-1w">
                {section.title}{" "}
                <span className="fr-text--sm fr-text--regular">
                  {fields.length === 0
                    ? "(rien d'exigé)"
                    : `(${fields.length - problems.length} / ${fields.length} renseigné${fields.length > 1 ? "s" : ""})`}
                </span>
              </h3>
              {problems.length > 0 && (
                <ul aria-label={`À reprendre : ${section.title ?? ""}`}>
                  {problems.map((field) => {
                    const link = fixLink(field, check);
                    return (
                      <li key={field.field}>
                        <Badge severity={field.state === "INVALID" ? "error" : "warning"} small noIcon>
                          {field.state === "INVALID" ? "Invalide" : "Manquant"}
                        </Badge>{" "}
                        {field.message}{" "}
                        {link &&
                          (link.startsWith("#") ? (
                            <a className="fr-link fr-text--sm" href={link}>
                              Y aller
                            </a>
                          ) : (
                            <Link className="fr-link fr-text--sm" to={link}>
                              {`Compléter « ${field.label ?? ""} » dans la fiche`}
                            </Link>
                          ))}
                      </li>
                    );
                  })}
                </ul>
              )}
            </li>
          );
        })}
      </ul>
      {(check.notices ?? []).length > 0 && (
        <div className="fr-callout fr-mb-2w">
          <ul className="fr-callout__text fr-text--sm">
            {(check.notices ?? []).map((notice) => (
              <li key={notice}>{notice}</li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}

function PdfPreview({ requestId, version }: { requestId: string; version: DossierVersion }) {
  const pdf = useDossierPdf(requestId, version.number ?? null);
  const [url, setUrl] = useState<string | null>(null);
  useEffect(() => {
    if (!pdf.data) return undefined;
    const objectUrl = URL.createObjectURL(pdf.data);
    setUrl(objectUrl);
    return () => URL.revokeObjectURL(objectUrl);
  }, [pdf.data]);
  if (pdf.isError) return <ErrorAlert error={pdf.error} title="L'aperçu n'a pas pu être chargé" />;
  if (!url) return <p role="status">Chargement de l'aperçu…</p>;
  return (
    <iframe
      className="dossier-preview"
      src={url}
      title={`Aperçu du dossier, version ${version.number ?? ""}`}
      width="100%"
      height="720"
    />
  );
}

function VersionsTable({
  requestId,
  reference,
  versions,
  canOpen,
}: {
  requestId: string;
  reference: string;
  versions: DossierVersion[];
  canOpen: boolean;
}) {
  const [previewed, setPreviewed] = useState<number | null>(null);
  const download = useDownloadDossier(requestId, reference);
  const shown = versions.find((v) => v.number === previewed);
  if (versions.length === 0) return <p>Aucune version produite pour l'instant.</p>;
  return (
    <>
      {download.isError && <ErrorAlert error={download.error} title="Le téléchargement a échoué" />}
      <div className="fr-table fr-table--no-caption fr-mb-2w">
        <table aria-label="Versions du dossier">
          <thead>
            <tr>
              <th scope="col">Version</th>
              <th scope="col">Produite</th>
              <th scope="col">Empreinte SHA-256</th>
              <th scope="col">Modifié depuis la précédente</th>
              {canOpen && <th scope="col">Fichiers</th>}
            </tr>
          </thead>
          <tbody>
            {versions.map((version) => (
              <tr key={version.id}>
                <td>
                  {`n° ${version.number ?? ""}`}{" "}
                  {version.draft && (
                    <Badge severity="info" small noIcon>
                      Projet
                    </Badge>
                  )}
                </td>
                <td>{`${formatDateTime(version.createdAt)}${version.createdByName ? ` par ${version.createdByName}` : ""}`}</td>
                <td>
                  <code title={version.pdfSha256}>{`${(version.pdfSha256 ?? "").slice(0, 12)}…`}</code>
                </td>
                <td className="fr-text--sm">
                  {(version.changes ?? []).length === 0
                    ? version.number === versions[versions.length - 1]?.number
                      ? "Première version"
                      : "Aucun changement"
                    : (version.changes ?? []).join(", ")}
                </td>
                {canOpen && (
                  <td>
                    <ul className="fr-btns-group fr-btns-group--sm fr-btns-group--inline">
                      <li>
                        <Button size="small" priority="secondary" onClick={() => setPreviewed(version.number ?? null)}>
                          {`Aperçu v${version.number ?? ""}`}
                        </Button>
                      </li>
                      <li>
                        <Button
                          size="small"
                          priority="tertiary"
                          iconId="fr-icon-download-line"
                          onClick={() => download.mutate({ version, format: "pdf" })}
                        >
                          {`Télécharger le PDF v${version.number ?? ""}`}
                        </Button>
                      </li>
                      <li>
                        <Button size="small" priority="tertiary no outline" onClick={() => download.mutate({ version, format: "pdf-pieces" })}>
                          Avec les pièces
                        </Button>
                      </li>
                      <li>
                        <Button size="small" priority="tertiary no outline" onClick={() => download.mutate({ version, format: "json" })}>
                          JSON
                        </Button>
                      </li>
                    </ul>
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {shown && <PdfPreview requestId={requestId} version={shown} />}
    </>
  );
}

/** What the dossier needs from the request itself: the establishment, and for elderly-person ASH the "no obligé" declaration. */
function DossierDataForm({ request, kind }: { request: AidRequest; kind: string }) {
  const save = useUpdateDossierData(request.id ?? "");
  const current = request.accommodation ?? {};
  const [establishment, setEstablishment] = useState(current.establishment ?? "");
  const [finess, setFiness] = useState(current.finess ?? "");
  const [entryOn, setEntryOn] = useState(current.entryOn ?? "");
  const [habilitated, setHabilitated] = useState(current.habilitated ?? false);
  const [none, setNone] = useState<boolean>(request.noObligesAlimentaires ?? false);
  const errors = Object.fromEntries(
    (save.error instanceof ApiError ? (save.error.problem?.errors ?? []) : []).map((e) => [e.field ?? "", e.message ?? ""]),
  );

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    save.mutate({
      accommodation: {
        ...current,
        establishment: establishment.trim() || undefined,
        finess: finess.trim() || undefined,
        entryOn: entryOn || undefined,
        habilitated,
      },
      ...(kind === "ASH_PA" ? { noObligesAlimentaires: none } : {}),
    });
  }

  return (
    <form onSubmit={submit} aria-labelledby="dossier-data-title" className="fr-mb-3w">
      <h3 id="dossier-data-title" className="fr-h6">
        Établissement et déclarations
      </h3>
      <div className="fr-grid-row fr-grid-row--gutters">
        <div className="fr-col-12 fr-col-md-6">
          <Input label="Établissement" nativeInputProps={{ value: establishment, onChange: (e) => setEstablishment(e.target.value) }} />
        </div>
        <div className="fr-col-12 fr-col-md-3">
          <Input
            label="N° FINESS"
            state={errors["accommodation.finess"] ? "error" : "default"}
            stateRelatedMessage={errors["accommodation.finess"]}
            nativeInputProps={{ value: finess, onChange: (e) => setFiness(e.target.value) }}
          />
        </div>
        <div className="fr-col-12 fr-col-md-3">
          <Input
            label="Date d'entrée"
            state={errors["accommodation.entryOn"] ? "error" : "default"}
            stateRelatedMessage={errors["accommodation.entryOn"]}
            nativeInputProps={{ type: "date", value: entryOn, onChange: (e) => setEntryOn(e.target.value) }}
          />
        </div>
      </div>
      <Checkbox
        options={[
          {
            label: "Établissement habilité à l'aide sociale",
            nativeInputProps: { checked: habilitated, onChange: (e) => setHabilitated(e.target.checked) },
          },
          ...(kind === "ASH_PA"
            ? [
                {
                  label: "Le demandeur déclare n'avoir aucun obligé alimentaire",
                  nativeInputProps: { checked: none, onChange: (e: { target: { checked: boolean } }) => setNone(e.target.checked) },
                },
              ]
            : []),
        ]}
      />
      {save.isError && !(save.error instanceof ApiError && save.error.status === 422) && (
        <ErrorAlert error={save.error} title="Les données n'ont pas été enregistrées" />
      )}
      <Button type="submit" priority="secondary" size="small" disabled={save.isPending}>
        Enregistrer pour le dossier
      </Button>
      {save.isSuccess && (
        <p role="status" className="fr-text--sm fr-mt-1w">
          Données du dossier enregistrées.
        </p>
      )}
    </form>
  );
}

/** The dossier for the département: what it lacks, its generation, its versions and a preview. */
export function DossierPanel({ request, me }: { request: AidRequest; me: Pick<Me, "roles"> }) {
  const id = request.id ?? "";
  const check = useDossierCheck(id, true);
  const versions = useDossierVersions(id, true);
  const generate = useGenerateDossier(id);
  const canGenerate = canHandlePieces(me);
  return (
    <section aria-labelledby="dossier-title" className="fr-mb-4w">
      <h2 id="dossier-title" className="fr-h4">
        Dossier pour le département
      </h2>
      {check.isPending && <p role="status">Vérification du dossier…</p>}
      {check.isError && <ErrorAlert error={check.error} title="La complétude du dossier n'a pas pu être vérifiée" />}
      {check.data && <CompletenessReport check={check.data} />}
      {check.data && check.data.kind !== "APA_DOMICILE" && canGenerate && (
        <DossierDataForm
          request={request}
          kind={check.data.kind ?? ""}
        />
      )}
      {canGenerate && (
        <ul className="fr-btns-group fr-btns-group--inline fr-mb-2w">
          <li>
            <Button
              disabled={generate.isPending || !check.data?.complete}
              onClick={() => generate.mutate(false)}
              title={check.data?.complete ? undefined : "Le dossier doit être complet"}
            >
              Générer le dossier
            </Button>
          </li>
          <li>
            <Button priority="secondary" disabled={generate.isPending} onClick={() => generate.mutate(true)}>
              Générer un projet
            </Button>
          </li>
        </ul>
      )}
      {generate.isError && <ErrorAlert error={generate.error} title="Le dossier n'a pas été produit" />}
      {generate.isSuccess && (
        <p role="status" className="fr-text--sm">
          {`Version ${generate.data.number ?? ""} produite${generate.data.draft ? " (projet)" : ""}.`}
        </p>
      )}
      <h3 className="fr-h6">Versions</h3>
      {versions.isPending && <p role="status">Chargement des versions…</p>}
      {versions.isError && <ErrorAlert error={versions.error} title="Les versions n'ont pas pu être chargées" />}
      {versions.data && (
        <VersionsTable requestId={id} reference={request.reference ?? ""} versions={versions.data} canOpen={canOpenDossier(me)} />
      )}
    </section>
  );
}
