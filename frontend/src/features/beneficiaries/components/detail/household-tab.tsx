import { Table } from "@codegouvfr/react-dsfr/Table";
import type { Beneficiary } from "../../api/types";
import { formatDate } from "@/lib/format/dates";
import {
  familySituationLabels,
  householdRelationshipLabels,
  labelOf,
  livingSituationLabels,
} from "../../model/vocabulary";
import { Facts } from "./facts";

export function HouseholdTab({ beneficiary: b }: { beneficiary: Beneficiary }) {
  const members = b.household ?? [];
  const persons = 1 + members.length;
  return (
    <>
      <h2 className="fr-h5">Situation</h2>
      <Facts
        facts={[
          ["Situation familiale", labelOf(familySituationLabels, b.familySituation)],
          ["Logement", labelOf(livingSituationLabels, b.address?.livingSituation)],
          ["Personnes au foyer", `${persons} ${persons === 1 ? "personne" : "personnes"}, elle comprise`],
        ]}
      />
      <h2 className="fr-h5">Membres du foyer</h2>
      {members.length === 0 ? (
        <p>Aucun autre membre du foyer n'est enregistré.</p>
      ) : (
        <Table
          caption="Membres du foyer"
          noCaption
          headers={["Lien", "Nom", "Prénom", "Date de naissance", "À charge"]}
          data={members.map((m) => [
            labelOf(householdRelationshipLabels, m.relationship),
            m.lastName ?? "",
            m.firstName ?? "",
            formatDate(m.birthDate),
            m.dependent ? "Oui" : "Non",
          ])}
        />
      )}
    </>
  );
}
