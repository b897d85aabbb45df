import { Badge } from "@codegouvfr/react-dsfr/Badge";

/** Days left before the one-month transmission deadline: "J-8", orange in the last ten days, red once late. */
export function DaysLeft({ daysLeft }: { daysLeft: number | null | undefined }) {
  if (daysLeft === null || daysLeft === undefined) return null;
  if (daysLeft < 0) {
    const late = -daysLeft;
    return (
      <Badge as="span" small severity="error">
        {`En retard de ${late} jour${late > 1 ? "s" : ""}`}
      </Badge>
    );
  }
  return (
    <Badge as="span" small severity={daysLeft <= 10 ? "warning" : "info"}>
      {daysLeft === 0 ? "Jour J" : `J-${daysLeft}`}
    </Badge>
  );
}
