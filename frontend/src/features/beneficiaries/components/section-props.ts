import { memo, type ReactNode } from "react";
import type { BeneficiaryDraft, FieldErrors } from "../model/beneficiary-draft";

/** What every part of the form gets: the draft, a way to change it, and the errors to show. */
export type SectionProps = {
  draft: BeneficiaryDraft;
  update: (change: (draft: BeneficiaryDraft) => BeneficiaryDraft) => void;
  errors: FieldErrors;
};

/** The list with one line changed, found by its key. */
export function changeItem<T extends { key: string }>(items: readonly T[], key: string, change: Partial<T>): T[] {
  return items.map((item) => (item.key === key ? { ...item, ...change } : item));
}

export function removeItem<T extends { key: string }>(items: readonly T[], key: string): T[] {
  return items.filter((item) => item.key !== key);
}

/**
 * A part of the form that renders again only when its own fields (or its errors, or
 * its other props) change: typing in one field does not redraw the hundred others.
 * `keys` must list every field of the draft the section reads.
 */
export function memoSection<P extends SectionProps>(
  Section: (props: P) => ReactNode,
  keys: readonly (keyof BeneficiaryDraft)[],
) {
  return memo(Section, (before, after) => {
    for (const name of Object.keys(after) as (keyof P)[]) {
      if (name !== "draft" && before[name] !== after[name]) return false;
    }
    return keys.every((key) => before.draft[key] === after.draft[key]);
  });
}
