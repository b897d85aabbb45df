import { SideMenu } from "@codegouvfr/react-dsfr/SideMenu";
import { Outlet, useLocation } from "react-router";

const sections = [
  { text: "Agents", to: "/administration/agents" },
  { text: "Partenaires (API)", to: "/administration/partenaires" },
  { text: "Catalogue des aides", to: "/administration/catalogue" },
  { text: "Budget voté", to: "/administration/budget" },
] as const;

/** The administration pages, with their own menu beside the content. */
export function AdminLayout() {
  const { pathname } = useLocation();
  return (
    <div className="fr-grid-row fr-grid-row--gutters">
      <div className="fr-col-12 fr-col-md-3">
        <SideMenu
          title="Administration"
          burgerMenuButtonText="Menu de l'administration"
          items={sections.map((section) => ({
            text: section.text,
            linkProps: { to: section.to },
            isActive: pathname.startsWith(section.to),
          }))}
        />
      </div>
      <div className="fr-col-12 fr-col-md-9">
        <Outlet />
      </div>
    </div>
  );
}
