import { Table } from "@codegouvfr/react-dsfr/Table";
import type { Beneficiary } from "../../api/types";
import { formatCents } from "@/lib/format/money";
import { chargeTypeLabels, labelOf, resourceOwnerLabels, resourceTypeLabels } from "../../model/vocabulary";
import { Facts } from "./facts";

function sum(amounts: readonly (number | undefined | null)[]): number {
  return amounts.reduce<number>((total, amount) => total + (amount ?? 0), 0);
}

/** Resources, charges and the reste à vivre computed by the server. */
export function BudgetTab({ beneficiary: b }: { beneficiary: Beneficiary }) {
  const resources = b.resources ?? [];
  const charges = b.charges ?? [];
  return (
    <>
      <h2 className="fr-h5">Reste à vivre</h2>
      <Facts
        facts={[
          ["Ressources mensuelles", formatCents(sum(resources.map((r) => r.monthlyAmountCents)))],
          ["Charges mensuelles", formatCents(sum(charges.map((c) => c.monthlyAmountCents)))],
          ["Reste à vivre mensuel", <strong key="rav">{formatCents(b.resteAVivreMonthlyCents)}</strong>],
          ["Par personne et par jour", formatCents(b.resteAVivreDailyPerPersonCents)],
        ]}
      />
      <h2 className="fr-h5">Ressources</h2>
      {resources.length === 0 ? (
        <p>Aucune ressource n'est enregistrée.</p>
      ) : (
        <Table
          caption="Ressources mensuelles"
          noCaption
          headers={["Type", "Perçue par", "Organisme payeur", "Montant mensuel"]}
          data={resources.map((r) => [
            labelOf(resourceTypeLabels, r.type),
            labelOf(resourceOwnerLabels, r.owner),
            r.payer ?? "",
            formatCents(r.monthlyAmountCents),
          ])}
        />
      )}
      <h2 className="fr-h5">Charges</h2>
      {charges.length === 0 ? (
        <p>Aucune charge n'est enregistrée.</p>
      ) : (
        <Table
          caption="Charges mensuelles"
          noCaption
          headers={["Type", "Précision", "Montant mensuel"]}
          data={charges.map((c) => [labelOf(chargeTypeLabels, c.type), c.label ?? "", formatCents(c.monthlyAmountCents)])}
        />
      )}
    </>
  );
}
