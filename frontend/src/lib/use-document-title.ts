import { useEffect } from "react";

/** Each page names itself in the tab title, as the RGAA expects. */
export function useDocumentTitle(pageTitle: string): void {
  useEffect(() => {
    document.title = `${pageTitle} — Entraide`;
  }, [pageTitle]);
}
