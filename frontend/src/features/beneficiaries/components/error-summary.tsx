import { forwardRef } from "react";
import type { SummaryItem } from "../model/field-errors";
import { fieldId, focusField } from "../model/field-errors";

type ErrorSummaryProps = { items: readonly SummaryItem[] };

/**
 * Every error of the form at its top, each a link to its field, in the DSFR's
 * alert style. It takes focus after a refused submission so that screen readers
 * read it out; a link moves focus to the field to correct.
 */
export const ErrorSummary = forwardRef<HTMLDivElement, ErrorSummaryProps>(function ErrorSummary({ items }, ref) {
  const count = items.length;
  return (
    <div
      ref={ref}
      tabIndex={-1}
      className="fr-alert fr-alert--error fr-mb-4w"
      role="alert"
      aria-labelledby="error-summary-title"
    >
      <h2 id="error-summary-title" className="fr-alert__title">
        {count === 1 ? "Le formulaire contient une erreur" : `Le formulaire contient ${count} erreurs`}
      </h2>
      <ul className="fr-mb-0">
        {items.map((item) => (
          <li key={`${item.label}-${item.message}`}>
            {item.field === undefined ? (
              `${item.label} : ${item.message}`
            ) : (
              <a
                href={`#${fieldId(item.field)}`}
                onClick={(event) => {
                  event.preventDefault();
                  if (item.field !== undefined) focusField(item.field);
                }}
              >
                {item.label} : {item.message}
              </a>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
});
