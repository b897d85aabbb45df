import { SkipLinks } from "@codegouvfr/react-dsfr/SkipLinks";
import { useEffect, useRef } from "react";
import { Outlet, useLocation } from "react-router";
import { AppFooter } from "./app-footer";
import { AppHeader } from "./app-header";

/** The DSFR frame of every page: skip links, header, main content, footer. */
export function AppLayout() {
  const main = useRef<HTMLElement>(null);
  const { pathname } = useLocation();
  const firstRender = useRef(true);

  // A new page moves keyboard and screen reader focus to its content, as a page load would.
  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    main.current?.focus();
  }, [pathname]);

  return (
    <>
      <SkipLinks
        links={[
          { label: "Contenu", anchor: "#contenu" },
          { label: "Pied de page", anchor: "#fr-footer" },
        ]}
      />
      <AppHeader />
      <main id="contenu" ref={main} tabIndex={-1} className="fr-container fr-py-6w">
        <Outlet />
      </main>
      <AppFooter />
    </>
  );
}
