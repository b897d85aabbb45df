import { useEffect, useRef } from "react";
import { focusField } from "../model/field-errors";

/**
 * Focuses a field once the next render has put it on the page: after "Ajouter",
 * the agent lands on the new line; after "Retirer", back on the add button.
 */
export function useFocusLater(): (path: string) => void {
  const pending = useRef<string | null>(null);
  useEffect(() => {
    if (pending.current === null) return;
    focusField(pending.current);
    pending.current = null;
  });
  return (path) => {
    pending.current = path;
  };
}
