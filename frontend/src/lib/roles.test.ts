import { describe, expect, it } from "vitest";
import { hasRole, roleLabel, roleLabels } from "./roles";

describe("roles", () => {
  it("are shown in French", () => {
    expect(roleLabel("ADMIN")).toBe("Administrateur");
    expect(roleLabel("INSTRUCTEUR")).toBe("Instructeur");
    expect(roleLabel("ACCUEIL")).toBe("Accueil");
    expect(roleLabel("PRESIDENT")).toBe("Président");
  });

  it("are listed in a stable order whatever order the server sends", () => {
    expect(roleLabels(["PRESIDENT", "ADMIN"])).toBe("Administrateur, Président");
    expect(roleLabels(undefined)).toBe("");
  });

  it("tell whether an agent holds a role", () => {
    expect(hasRole({ roles: ["ACCUEIL"] }, "ACCUEIL")).toBe(true);
    expect(hasRole({ roles: ["ACCUEIL"] }, "ADMIN")).toBe(false);
    expect(hasRole({}, "ADMIN")).toBe(false);
  });
});
