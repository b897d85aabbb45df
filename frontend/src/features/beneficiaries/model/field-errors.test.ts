import { describe, expect, it } from "vitest";
import { errorsByPath, fieldId, nearestField, placeErrors } from "./field-errors";

const fields = [
  "birthName",
  "firstNames",
  "birthPlace.code",
  "residencePermit.type",
  "residencePermit.number",
  "nir",
  "address.postcode",
  "address.communeCode",
  "household[0].relationship",
  "household[0].lastName",
  "household[1].relationship",
  "household[1].lastName",
  "household",
  "resources[0].monthlyAmountCents",
];

describe("server errors on the form", () => {
  it("names each input after its JSON path", () => {
    expect(fieldId("household[1].lastName")).toBe("beneficiary-household-1-lastName");
    expect(fieldId("address.postcode")).toBe("beneficiary-address-postcode");
  });

  it("finds the field of nested paths, or the nearest one", () => {
    expect(nearestField("address.postcode", fields)).toBe("address.postcode");
    expect(nearestField("household[1].lastName", fields)).toBe("household[1].lastName");
    // An error on a whole object goes to its first field; on a list item, to its list.
    expect(nearestField("residencePermit", fields)).toBe("residencePermit.type");
    expect(nearestField("firstNames[2]", fields)).toBe("firstNames");
    expect(nearestField("household[1]", fields)).toBe("household[1].relationship");
    expect(nearestField("lastContactOn", fields)).toBeUndefined();
  });

  it("puts every message at its field and lists them in page order, with French labels", () => {
    const errors = errorsByPath({
      errors: [
        { field: "household[1].lastName", message: "Le nom est obligatoire." },
        { field: "nir", message: "La clé du NIR ne correspond pas : 31 attendu, 32 saisi." },
        { field: "address.postcode", message: "Le code postal 38000 ne correspond pas à Le Bourg-d'Oisans (38520)." },
        { field: "lastContactOn", message: "Date future." },
      ],
    });

    const placed = placeErrors(errors, fields);

    expect(placed.byField).toEqual({
      nir: "La clé du NIR ne correspond pas : 31 attendu, 32 saisi.",
      "address.postcode": "Le code postal 38000 ne correspond pas à Le Bourg-d'Oisans (38520).",
      "household[1].lastName": "Le nom est obligatoire.",
    });
    expect(placed.summary).toEqual([
      { field: "nir", label: "NIR", message: "La clé du NIR ne correspond pas : 31 attendu, 32 saisi." },
      {
        field: "address.postcode",
        label: "Adresse : code postal",
        message: "Le code postal 38000 ne correspond pas à Le Bourg-d'Oisans (38520).",
      },
      { field: "household[1].lastName", label: "Foyer, membre 2 : nom", message: "Le nom est obligatoire." },
      // Not a field of the form: still told, without a link.
      { field: undefined, label: "Dernier contact", message: "Date future." },
    ]);
  });

  it("joins several messages for one field", () => {
    const errors = errorsByPath({
      errors: [
        { field: "nir", message: "Format invalide." },
        { field: "nir", message: "Clé invalide." },
      ],
    });

    expect(placeErrors(errors, fields).byField.nir).toBe("Format invalide. Clé invalide.");
  });
});
