import { startReactDsfr } from "@codegouvfr/react-dsfr/spa";
import { Link } from "react-router";

declare module "@codegouvfr/react-dsfr/spa" {
  interface RegisterLink {
    Link: typeof Link;
  }
}

declare global {
  interface Window {
    ssrNonce?: string;
  }
}

/**
 * Starts the French State design system. react-dsfr writes the page's
 * `color-scheme` into an inline <style> element, which our Content-Security-Policy
 * (style-src 'self') refuses; it skips that step when it is asked to check a
 * nonce and finds none. app.css sets color-scheme from data-fr-theme instead.
 */
export function startDsfr(): void {
  Object.defineProperty(window, "ssrNonce", {
    configurable: true,
    get: () => undefined,
    set: () => undefined,
  });
  startReactDsfr({ defaultColorScheme: "system", Link, nonce: "none" });
}
