import { Badge } from "@codegouvfr/react-dsfr/Badge";
import { Table } from "@codegouvfr/react-dsfr/Table";
import { Link, useLocation } from "react-router";
import type { BeneficiarySummary } from "../api/types";
import { formatDate } from "@/lib/format/dates";
import { displayName } from "../model/names";

type BeneficiariesTableProps = { items: readonly BeneficiarySummary[] };

/** One row per person, the name a link to the record (which remembers the search to come back to). */
export function BeneficiariesTable({ items }: BeneficiariesTableProps) {
  const { search } = useLocation();
  return (
    <Table
      caption="Personnes trouvées"
      noCaption
      fixed
      headers={["Nom et prénoms", "Date de naissance", "Commune", "GIR", "Statut"]}
      data={items.map((person) => [
        <Link key={person.id} to={`/beneficiaires/${person.id ?? ""}`} state={{ listSearch: search }}>
          {displayName(person)}
        </Link>,
        person.birthDate ? `${formatDate(person.birthDate)} (${person.age ?? "?"} ans)` : "",
        person.communeName ?? person.communeCode ?? "",
        person.gir ? `GIR ${person.gir}` : "",
        person.status === "ACTIVE" ? (
          <Badge key="status" as="span" severity="success" small noIcon>
            Active
          </Badge>
        ) : (
          <Badge key="status" as="span" severity="warning" small noIcon>
            {person.status === "ARCHIVED" ? "Archivée" : "Anonymisée"}
          </Badge>
        ),
      ])}
    />
  );
}
