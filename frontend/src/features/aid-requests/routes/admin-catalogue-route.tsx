import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { Badge } from "@codegouvfr/react-dsfr/Badge";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { Link, useLocation } from "react-router";
import { ErrorAlert } from "@/components/error-alert";
import { Loading } from "@/components/loading";
import { formatCents } from "@/lib/format/money";
import { useDocumentTitle } from "@/lib/use-document-title";
import { useCatalogue } from "../api/aid-requests-queries";
import { useSaveAidType } from "../api/catalogue-admin-queries";
import type { AidType } from "../api/types";
import { draftFromAidType, draftToInput, legalFamilyLabels } from "../model/aid-type-draft";

function ActiveToggle({ type }: { type: AidType }) {
  const save = useSaveAidType(type.id);
  const active = type.active ?? true;
  return (
    <>
      <Button
        priority="tertiary"
        size="small"
        disabled={save.isPending}
        onClick={() => save.mutate({ ...draftToInput(draftFromAidType(type)).input, active: !active })}
      >
        {active ? "Désactiver" : "Réactiver"} <span className="fr-sr-only">{type.label}</span>
      </Button>
      {save.isError && <ErrorAlert className="fr-mt-1w" error={save.error} title="L'aide n'a pas été modifiée" />}
    </>
  );
}

function rules(type: AidType): string {
  if (type.kind === "LEGAL") return legalFamilyLabels[type.legalFamily ?? ""] ?? "—";
  const parts = [
    type.ceilingCents != null ? `plafond ${formatCents(type.ceilingCents)}` : "sans plafond",
    type.frequencyMonths == null ? null : type.frequencyMonths === 1 ? "une fois par mois" : `une fois par ${type.frequencyMonths} mois`,
    type.scale ? "barème" : null,
  ];
  return parts.filter(Boolean).join(", ");
}

/** The organisation's catalogue of aids, as its administrator keeps it. */
export function AdminCatalogueRoute() {
  useDocumentTitle("Catalogue des aides");
  const catalogue = useCatalogue();
  const location = useLocation();
  const saved = (location.state as { saved?: string } | null)?.saved;
  return (
    <>
      <h1>Catalogue des aides</h1>
      <p>
        Les aides que l'organisation instruit : aides légales pour le département, aides facultatives de son règlement
        intérieur.
      </p>
      {saved && <Alert className="fr-mb-3w" severity="success" small role="status" description={`« ${saved} » est enregistrée.`} />}
      <p>
        <Link className="fr-btn fr-btn--icon-left fr-icon-add-line" to="/administration/catalogue/nouvelle">
          Ajouter une aide
        </Link>
      </p>
      {catalogue.isPending && <Loading label="Chargement du catalogue…" />}
      {catalogue.isError && <ErrorAlert error={catalogue.error} title="Le catalogue n'a pas pu être chargé" />}
      {catalogue.isSuccess && (
        <div className="fr-table fr-table--no-caption">
          <table>
            <caption>Aides du catalogue</caption>
            <thead>
              <tr>
                <th scope="col">Aide</th>
                <th scope="col">Nature</th>
                <th scope="col">Règles</th>
                <th scope="col">Pièces</th>
                <th scope="col">État</th>
                <th scope="col">Actions</th>
              </tr>
            </thead>
            <tbody>
              {catalogue.data.map((type) => (
                <tr key={type.id}>
                  <td>
                    <Link to={`/administration/catalogue/${type.id ?? ""}`}>{type.label}</Link>
                    <br />
                    <span className="fr-text--xs">{type.code}</span>
                  </td>
                  <td>{type.kind === "LEGAL" ? "Légale" : "Facultative"}</td>
                  <td>{rules(type)}</td>
                  <td>{`${(type.pieces ?? []).filter((p) => p.required).length} obligatoire(s) sur ${(type.pieces ?? []).length}`}</td>
                  <td>
                    {type.active ?? true ? (
                      <Badge small severity="success">
                        Active
                      </Badge>
                    ) : (
                      <Badge small>Désactivée</Badge>
                    )}
                  </td>
                  <td>
                    <ActiveToggle type={type} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
