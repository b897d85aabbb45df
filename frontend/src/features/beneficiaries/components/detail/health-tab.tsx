import type { Beneficiary, ContactPerson } from "../../api/types";
import { formatDate } from "@/lib/format/dates";
import { labelOf, protectionTypeLabels } from "../../model/vocabulary";
import { Facts } from "./facts";

function contactLine(person: ContactPerson | null | undefined): string {
  if (!person) return "";
  return [person.name, person.relationship, person.phone, person.email, person.address].filter(Boolean).join(" · ");
}

export function HealthTab({ beneficiary: b }: { beneficiary: Beneficiary }) {
  const gir = b.gir;
  const protection = b.protection;
  const period = [
    protection?.startOn ? `depuis le ${formatDate(protection.startOn)}` : "",
    protection?.endOn ? `jusqu'au ${formatDate(protection.endOn)}` : "",
  ]
    .filter(Boolean)
    .join(" ");
  return (
    <>
      <h2 className="fr-h5">Perte d'autonomie</h2>
      <Facts
        facts={[
          ["GIR", gir?.level ? `GIR ${gir.level}` : ""],
          ["Évalué le", formatDate(gir?.evaluatedOn)],
          ["Évaluateur", gir?.assessor ?? ""],
        ]}
      />
      <h2 className="fr-h5">Protection juridique</h2>
      <Facts
        facts={[
          ["Mesure", protection ? labelOf(protectionTypeLabels, protection.type) : "Aucune"],
          ["Représentant", [protection?.mandataireName, protection?.mandataireContact].filter(Boolean).join(" · ")],
          ["Période", period],
        ]}
      />
      <h2 className="fr-h5">Entourage</h2>
      <Facts
        facts={[
          ["Médecin traitant", contactLine(b.medecinTraitant)],
          ["Personne de confiance", contactLine(b.personneDeConfiance)],
          ["Aidant", contactLine(b.aidant)],
        ]}
      />
    </>
  );
}
