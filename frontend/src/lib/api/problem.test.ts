import { describe, expect, it } from "vitest";
import { ApiError, errorMessage, fieldErrorsOf, fieldNameOf } from "./problem";

describe("problem documents", () => {
  it("names a field by the request property its JSON path starts with", () => {
    expect(fieldNameOf("email")).toBe("email");
    expect(fieldNameOf("communes[2]")).toBe("communes");
    expect(fieldNameOf("address.postcode")).toBe("address");
  });

  it("gathers the messages of each field", () => {
    expect(
      fieldErrorsOf({
        errors: [
          { field: "email", message: "L'adresse électronique est invalide." },
          { field: "communes[0]", message: "Code INSEE invalide." },
          { field: "communes[3]", message: "Code INSEE invalide." },
          { field: "password", message: "Trop court." },
          { field: "password", message: "Trop commun." },
        ],
      }),
    ).toEqual({
      email: "L'adresse électronique est invalide.",
      communes: "Code INSEE invalide.",
      password: "Trop court. Trop commun.",
    });
  });

  it("shows the server's French detail, else its title", () => {
    expect(errorMessage(new ApiError(409, { title: "Conflit", detail: "Adresse déjà utilisée." }))).toBe(
      "Adresse déjà utilisée.",
    );
    expect(errorMessage(new ApiError(403, { title: "Accès refusé" }))).toBe("Accès refusé");
  });

  it("tells the agent when the service cannot be reached", () => {
    expect(errorMessage(new TypeError("Failed to fetch"))).toMatch(/ne répond pas/);
  });
});
