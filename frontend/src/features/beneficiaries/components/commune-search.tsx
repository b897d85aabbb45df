import { Button } from "@codegouvfr/react-dsfr/Button";
import { Input } from "@codegouvfr/react-dsfr/Input";
import { useState } from "react";
import { errorMessage } from "@/lib/api/problem";
import { useRefCommunes } from "../api/communes-queries";
import type { RefCommune } from "../api/types";
import { useDebouncedValue } from "../hooks/use-debounced-value";

type CommuneSearchProps = {
  id: string;
  label: string;
  hint?: string;
  onSelect: (commune: RefCommune) => void;
};

/** Finds a commune of the Code officiel géographique by name, INSEE code or postcode. */
export function CommuneSearch({ id, label, hint, onSelect }: CommuneSearchProps) {
  const [text, setText] = useState("");
  const query = useDebouncedValue(text);
  const communes = useRefCommunes(query);
  const searching = query.trim().length >= 2;
  const results = searching ? (communes.data ?? []) : [];

  let status = "Saisissez au moins deux caractères.";
  if (searching && communes.isPending) status = "Recherche en cours…";
  else if (searching && communes.isError) status = `La recherche a échoué. ${errorMessage(communes.error)}`;
  else if (searching) {
    status =
      results.length === 0
        ? "Aucune commune trouvée."
        : `${results.length} ${results.length === 1 ? "commune trouvée" : "communes trouvées"}.`;
  }

  return (
    <div className="fr-mb-3w">
      <Input
        label={label}
        hintText={hint}
        nativeInputProps={{
          id,
          type: "search",
          autoComplete: "off",
          value: text,
          "aria-describedby": `${id}-status`,
          onChange: (event) => setText(event.target.value),
          // Enter looks the commune up; it must not send the whole form.
          onKeyDown: (event) => {
            if (event.key === "Enter") event.preventDefault();
          },
        }}
      />
      <p id={`${id}-status`} className="fr-text--sm fr-mb-1w" role="status">
        {text.trim() === "" ? "" : status}
      </p>
      {results.length > 0 && (
        <ul className="fr-btns-group fr-btns-group--sm fr-btns-group--icon-left" aria-label={`Résultats : ${label}`}>
          {results.map((commune) => (
            <li key={commune.inseeCode}>
              <Button
                type="button"
                priority="tertiary"
                size="small"
                onClick={() => {
                  onSelect(commune);
                  setText("");
                }}
              >
                {`${commune.name ?? ""} (${commune.departement ?? ""}) — code INSEE ${commune.inseeCode ?? ""}${
                  commune.postcodes?.length ? `, code postal ${commune.postcodes.join(", ")}` : ""
                }`}
              </Button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
