import "../beneficiaries.css";
import type { ReactNode } from "react";

export type Fact = [label: string, value: ReactNode];

/** Labelled values of a record, as a description list; an empty value says so. */
export function Facts({ facts, className }: { facts: readonly Fact[]; className?: string }) {
  return (
    <dl className={["beneficiary-facts", className ?? ""].join(" ").trim()}>
      {facts.map(([label, value]) => (
        <div key={label} className="beneficiary-facts__row">
          <dt>{label}</dt>
          <dd>{value === "" || value === null || value === undefined ? <span className="fr-hint-text">Non renseigné</span> : value}</dd>
        </div>
      ))}
    </dl>
  );
}
