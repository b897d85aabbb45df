import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { Badge } from "@codegouvfr/react-dsfr/Badge";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { Tabs } from "@codegouvfr/react-dsfr/Tabs";
import { Link, useLocation, useParams, useSearchParams } from "react-router";
import { ErrorAlert } from "@/components/error-alert";
import { Loading } from "@/components/loading";
import { ApiError } from "@/lib/api/problem";
import type { FieldError } from "@/lib/api/types";
import { useMe } from "@/lib/auth/session-store";
import { useDocumentTitle } from "@/lib/use-document-title";
import { useBeneficiary, useSetArchived } from "../api/beneficiaries-queries";
import { useExportBeneficiary } from "../api/export-queries";
import type { Beneficiary } from "../api/types";
import { AidRequestsSection } from "../components/detail/aid-requests-section";
import { BudgetTab } from "../components/detail/budget-tab";
import { HealthTab } from "../components/detail/health-tab";
import { HistoryTab } from "../components/detail/history-tab";
import { HouseholdTab } from "../components/detail/household-tab";
import { IdentityTab } from "../components/detail/identity-tab";
import { ObligesTab } from "../components/detail/obliges-tab";
import { OrientationsSection } from "../components/detail/orientations-section";
import { formatDate } from "@/lib/format/dates";
import { fieldLabel } from "../model/field-labels";
import { bornAs, displayName } from "../model/names";
import { canArchive, canExport, canWrite } from "../model/permissions";
import { readListSearch, readNavigationNotice, type NavigationNotice } from "./navigation-notice";

const tabs = [
  { tabId: "identite", label: "Identité" },
  { tabId: "foyer", label: "Foyer" },
  { tabId: "budget", label: "Ressources et charges" },
  { tabId: "sante", label: "Santé et protection" },
  { tabId: "obliges", label: "Obligés alimentaires" },
  { tabId: "historique", label: "Historique" },
] as const;

type TabId = (typeof tabs)[number]["tabId"];

function isTab(value: string | null): value is TabId {
  return tabs.some((tab) => tab.tabId === value);
}

function TabContent({ tab, beneficiary }: { tab: TabId; beneficiary: Beneficiary }) {
  switch (tab) {
    case "identite":
      return <IdentityTab beneficiary={beneficiary} />;
    case "foyer":
      return <HouseholdTab beneficiary={beneficiary} />;
    case "budget":
      return <BudgetTab beneficiary={beneficiary} />;
    case "sante":
      return <HealthTab beneficiary={beneficiary} />;
    case "obliges":
      return <ObligesTab beneficiary={beneficiary} />;
    case "historique":
      return <HistoryTab id={beneficiary.id ?? ""} />;
  }
}

function Notice({ notice }: { notice: NavigationNotice }) {
  const warnings: FieldError[] = notice.warnings;
  return (
    <>
      <Alert
        className="fr-mb-2w"
        severity="success"
        role="status"
        small
        description={notice.kind === "created" ? "La fiche a été créée." : "Les modifications ont été enregistrées."}
      />
      {warnings.length > 0 && (
        <Alert
          className="fr-mb-3w"
          severity="warning"
          title="À vérifier"
          description={
            <ul>
              {warnings.map((warning) => (
                <li key={`${warning.field ?? ""}-${warning.message ?? ""}`}>
                  {warning.field ? `${fieldLabel(warning.field)} : ` : ""}
                  {warning.message}
                </li>
              ))}
            </ul>
          }
        />
      )}
    </>
  );
}

export function BeneficiaryRoute() {
  // The tab title stays generic: browser history is no place for people's names.
  useDocumentTitle("Fiche bénéficiaire");
  const { id = "" } = useParams();
  const me = useMe();
  const location = useLocation();
  const [params, setParams] = useSearchParams();
  const loaded = useBeneficiary(id);
  const setArchived = useSetArchived(id);
  const exportData = useExportBeneficiary(id);
  const requested = params.get("onglet");
  const tab: TabId = isTab(requested) ? requested : "identite";
  const notice = readNavigationNotice(location.state);
  const listSearch = readListSearch(location.state);

  const backLink = (
    <p className="fr-mb-2w">
      <Link className="fr-link fr-icon-arrow-left-line fr-link--icon-left" to={`/beneficiaires${listSearch}`}>
        Retour à la liste
      </Link>
    </p>
  );

  if (loaded.isPending) return <Loading label="Chargement de la fiche…" />;
  if (loaded.isError) {
    const notFound = loaded.error instanceof ApiError && loaded.error.status === 404;
    return (
      <>
        {backLink}
        <h1>{notFound ? "Fiche introuvable" : "Fiche bénéficiaire"}</h1>
        <ErrorAlert error={loaded.error} title="La fiche n'a pas pu être ouverte" />
      </>
    );
  }

  const b = loaded.data.beneficiary;
  const status = b.status ?? "ACTIVE";
  const born = bornAs(b);

  return (
    <>
      {backLink}
      {notice && <Notice notice={notice} />}
      {setArchived.isSuccess && (
        <Alert
          className="fr-mb-3w"
          severity="success"
          role="status"
          small
          description={status === "ARCHIVED" ? "La fiche a été archivée." : "La fiche a été réactivée."}
        />
      )}
      {setArchived.isError && (
        <ErrorAlert className="fr-mb-3w" error={setArchived.error} title="L'opération a échoué" />
      )}
      {exportData.isError && (
        <ErrorAlert className="fr-mb-3w" error={exportData.error} title="L'export n'a pas abouti" />
      )}
      <div className="fr-grid-row fr-grid-row--gutters fr-grid-row--middle fr-mb-2w">
        <div className="fr-col-12 fr-col-md">
          <h1 className="fr-mb-1w">{displayName(b)}</h1>
          <p className="fr-mb-0">
            {[born, b.birthDate ? `${b.sex === "MALE" ? "Né" : "Née"} le ${formatDate(b.birthDate)} (${b.age ?? "?"} ans)` : "", b.communeName ?? ""]
              .filter(Boolean)
              .join(" · ")}{" "}
            {status !== "ACTIVE" && (
              <Badge as="span" severity={status === "ARCHIVED" ? "warning" : "error"} small>
                {status === "ARCHIVED" ? "Archivée" : "Anonymisée"}
              </Badge>
            )}
          </p>
        </div>
        <div className="fr-col-12 fr-col-md-auto">
          <ul className="fr-btns-group fr-btns-group--inline-md fr-btns-group--sm fr-btns-group--icon-left">
            {canWrite(me) && status !== "ANONYMISED" && (
              <li>
                <Link
                  className="fr-btn fr-btn--secondary fr-btn--icon-left fr-icon-edit-line"
                  to={`/beneficiaires/${id}/modifier`}
                >
                  Modifier
                </Link>
              </li>
            )}
            {canWrite(me) && status === "ACTIVE" && (
              <li>
                <Link
                  className="fr-btn fr-btn--icon-left fr-icon-add-line"
                  to={`/beneficiaires/${id}/nouvelle-demande`}
                >
                  Nouvelle demande
                </Link>
              </li>
            )}
            {canArchive(me) && status !== "ANONYMISED" && (
              <li>
                <Button
                  priority="tertiary"
                  iconId={status === "ARCHIVED" ? "fr-icon-refresh-line" : "fr-icon-archive-line"}
                  disabled={setArchived.isPending}
                  onClick={() => setArchived.mutate(status !== "ARCHIVED")}
                >
                  {status === "ARCHIVED" ? "Réactiver" : "Archiver"}
                </Button>
              </li>
            )}
            {canExport(me) && (
              <li>
                <Button
                  priority="tertiary"
                  iconId="fr-icon-download-line"
                  title="Toutes les données de la personne, à lui remettre (droit d'accès, RGPD). L'export est journalisé."
                  disabled={exportData.isPending}
                  onClick={() => exportData.mutate("pdf")}
                >
                  Exporter ses données (PDF)
                </Button>
              </li>
            )}
            {canExport(me) && (
              <li>
                <Button
                  priority="tertiary"
                  iconId="fr-icon-download-line"
                  title="Les mêmes données, en JSON. L'export est journalisé."
                  disabled={exportData.isPending}
                  onClick={() => exportData.mutate("json")}
                >
                  Exporter ses données (JSON)
                </Button>
              </li>
            )}
          </ul>
        </div>
      </div>
      <Tabs
        label="Parties de la fiche"
        tabs={[...tabs]}
        selectedTabId={tab}
        onTabChange={(next) => {
          const nextParams = new URLSearchParams(params);
          if (next === "identite") nextParams.delete("onglet");
          else nextParams.set("onglet", next);
          // The notice was for the page just opened; the way back to the list stays.
          setParams(nextParams, { replace: true, state: { listSearch } });
        }}
      >
        <TabContent tab={tab} beneficiary={b} />
      </Tabs>
      <div className="fr-mt-4w">
        <AidRequestsSection beneficiaryId={id} />
        <OrientationsSection beneficiaryId={id} canOrient={canWrite(me) && status === "ACTIVE"} />
      </div>
    </>
  );
}
