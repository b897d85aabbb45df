import { Table } from "@codegouvfr/react-dsfr/Table";
import type { Beneficiary } from "../../api/types";
import { labelOf, obligeRelationshipLabels } from "../../model/vocabulary";

export function ObligesTab({ beneficiary: b }: { beneficiary: Beneficiary }) {
  const obliges = b.obligesAlimentaires ?? [];
  return (
    <>
      <h2 className="fr-h5">Obligés alimentaires</h2>
      {obliges.length === 0 ? (
        <p>Aucun obligé alimentaire n'est enregistré.</p>
      ) : (
        <Table
          caption="Obligés alimentaires"
          noCaption
          headers={["Lien", "Nom et prénom", "Coordonnées", "Dispense"]}
          data={obliges.map((o) => [
            labelOf(obligeRelationshipLabels, o.relationship),
            `${o.lastName ?? ""} ${o.firstName ?? ""}`.trim(),
            [o.address, o.phone, o.email].filter(Boolean).join(" · "),
            o.exempt ? `Dispensé(e) : ${o.exemptionReason ?? ""}` : "Non",
          ])}
        />
      )}
    </>
  );
}
