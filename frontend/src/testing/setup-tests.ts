import "@testing-library/jest-dom/vitest";
import { setLink } from "@codegouvfr/react-dsfr/link";
import { cleanup, configure } from "@testing-library/react";
import { Link } from "react-router";
import { afterEach } from "vitest";
import { resetSessionForTests } from "@/lib/auth/session-store";

// What startDsfr() does in the browser, minus the DSFR's own scripts that jsdom cannot run.
setLink({ Link: Link as unknown as Parameters<typeof setLink>[0]["Link"] });

// A page's first test also loads its lazy chunk: on a busy machine that takes more than the default second.
configure({ asyncUtilTimeout: 5000 });

afterEach(() => {
  cleanup();
  resetSessionForTests();
});
