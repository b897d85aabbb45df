import { useMe } from "@/lib/auth/session-store";
import { useReferents } from "../../api/referents-queries";
import type { Beneficiary } from "../../api/types";
import { formatDate, formatDateTime } from "@/lib/format/dates";
import { seesNotes } from "../../model/permissions";
import {
  labelOf,
  nationalityLabels,
  preferredContactLabels,
  residencePermitLabels,
  sexLabels,
} from "../../model/vocabulary";
import { Facts, type Fact } from "./facts";

function addressLines(b: Beneficiary): string {
  const a = b.address;
  if (!a) return "";
  const town = [a.postcode, b.communeName ?? a.communeCode].filter(Boolean).join(" ");
  return [a.street, a.complement, town].filter(Boolean).join(", ");
}

export function IdentityTab({ beneficiary: b }: { beneficiary: Beneficiary }) {
  const me = useMe();
  const referents = useReferents(me);
  const referent = b.referentAgentId
    ? b.referentAgentId === me.id
      ? "Vous"
      : (referents.find((r) => r.id === b.referentAgentId)?.name ?? "Un autre agent de l'organisation")
    : "";
  const birthPlace = b.birthPlace ? `${b.birthPlace.label ?? ""} (${b.birthPlace.code ?? ""})`.trim() : "";
  const permit = b.residencePermit
    ? [
        labelOf(residencePermitLabels, b.residencePermit.type),
        b.residencePermit.number ? `n° ${b.residencePermit.number}` : "",
        b.residencePermit.validUntil ? `valable jusqu'au ${formatDate(b.residencePermit.validUntil)}` : "",
      ]
        .filter(Boolean)
        .join(", ")
    : "";

  const identity: Fact[] = [
    ["Nom de naissance", b.birthName],
    ["Nom d'usage", b.usageName],
    ["Prénoms", (b.firstNames ?? []).join(" ")],
    ["Sexe", labelOf(sexLabels, b.sex)],
    ["Date de naissance", b.birthDate ? `${formatDate(b.birthDate)} (${b.age ?? "?"} ans)` : ""],
    ["Lieu de naissance", birthPlace],
    ["Nationalité", labelOf(nationalityLabels, b.nationality)],
  ];
  if (b.nationality === "OTHER") identity.push(["Titre de séjour", permit]);
  identity.push(["NIR", b.nir ? (b.nirMasked ? `${b.nir} (masqué pour votre rôle)` : b.nir) : ""]);

  const contact: Fact[] = [
    ["Téléphone", b.phone],
    ["Courriel", b.email],
    ["Contact préféré", labelOf(preferredContactLabels, b.preferredContact)],
    ["Adresse", addressLines(b)],
  ];
  if (b.address?.outsideTerritory) contact.push(["Territoire", "Hors du territoire de l'organisation"]);

  const followUp: Fact[] = [["Référent", referent]];
  if (seesNotes(me)) followUp.push(["Notes", b.notes ? <span className="beneficiary-notes">{b.notes}</span> : ""]);
  followUp.push(
    ["Information RGPD", formatDate(b.rgpdInformedOn)],
    ["Dernier contact", formatDate(b.lastContactOn)],
    ["Fiche créée le", formatDateTime(b.createdAt)],
    ["Dernière modification", formatDateTime(b.updatedAt)],
  );

  return (
    <>
      <h2 className="fr-h5">Identité</h2>
      <Facts facts={identity} />
      <h2 className="fr-h5">Contact et adresse</h2>
      <Facts facts={contact} />
      <h2 className="fr-h5">Suivi</h2>
      <Facts facts={followUp} />
    </>
  );
}
