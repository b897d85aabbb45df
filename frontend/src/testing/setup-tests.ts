import "@testing-library/jest-dom/vitest";
import { setLink } from "@codegouvfr/react-dsfr/link";
import { cleanup } from "@testing-library/react";
import { Link } from "react-router";
import { afterEach } from "vitest";
import { resetSessionForTests } from "@/lib/auth/session-store";

// What startDsfr() does in the browser, minus the DSFR's own scripts that jsdom cannot run.
setLink({ Link: Link as unknown as Parameters<typeof setLink>[0]["Link"] });

afterEach(() => {
  cleanup();
  resetSessionForTests();
});
