import "./beneficiaries.css";
import { Input } from "@codegouvfr/react-dsfr/Input";
import { Select } from "@codegouvfr/react-dsfr/Select";
import { useCommunes } from "../api/communes-queries";
import type { Sort, StatusFilter } from "../api/types";
import { useUrlText } from "../hooks/use-url-text";
import type { ListState } from "../model/list-search";
import { optionsOf, sortLabels, statusFilterLabels } from "../model/vocabulary";

type FiltersProps = {
  state: ListState;
  /** Applies a change; `typing` changes replace the history entry instead of adding one. */
  onChange: (change: Partial<Omit<ListState, "page">>, typing?: boolean) => void;
  meId: string | undefined;
};

const girOptions = ["1", "2", "3", "4", "5", "6"];

export function BeneficiariesFilters({ state, onChange, meId }: FiltersProps) {
  const communes = useCommunes();
  const [q, setQ] = useUrlText(state.q, (value) => onChange({ q: value }, true));
  const [ageMin, setAgeMin] = useUrlText(state.ageMin, (value) => onChange({ ageMin: value }, true));
  const [ageMax, setAgeMax] = useUrlText(state.ageMax, (value) => onChange({ ageMax: value }, true));

  return (
    <>
      <div role="search" aria-label="Rechercher dans le fichier">
        <Input
          label="Rechercher une personne"
          hintText="Nom et prénom (sans se soucier des accents), NIR, date de naissance (jj/mm/aaaa) ou téléphone."
          iconId="fr-icon-search-line"
          nativeInputProps={{
            id: "beneficiaries-search",
            type: "search",
            autoComplete: "off",
            spellCheck: false,
            value: q,
            onChange: (event) => setQ(event.target.value),
          }}
        />
      </div>
      <fieldset className="fr-fieldset fr-mt-3w fr-mb-2w" aria-labelledby="filters-legend">
        <legend id="filters-legend" className="fr-fieldset__legend fr-text--regular">
          Filtres
        </legend>
        <div className="fr-fieldset__element">
          <div className="fr-grid-row fr-grid-row--gutters">
            <div className="fr-col-12 fr-col-md-4">
              <Select
                label="Commune"
                nativeSelectProps={{
                  id: "filter-commune",
                  value: state.commune,
                  onChange: (event) => onChange({ commune: event.target.value }),
                }}
              >
                <option value="">Toutes vos communes</option>
                {(communes.data ?? []).map((commune) => (
                  <option key={commune.inseeCode} value={commune.inseeCode}>
                    {commune.name}
                  </option>
                ))}
              </Select>
            </div>
            <div className="fr-col-6 fr-col-md-2">
              <Select
                label="GIR"
                nativeSelectProps={{
                  id: "filter-gir",
                  value: state.gir,
                  onChange: (event) => onChange({ gir: event.target.value }),
                }}
              >
                <option value="">Tous</option>
                {girOptions.map((gir) => (
                  <option key={gir} value={gir}>
                    GIR {gir}
                  </option>
                ))}
              </Select>
            </div>
            <div className="fr-col-6 fr-col-md-3">
              <Input
                label="Âge minimum"
                nativeInputProps={{
                  id: "filter-age-min",
                  type: "number",
                  min: 0,
                  max: 130,
                  inputMode: "numeric",
                  value: ageMin,
                  onChange: (event) => setAgeMin(event.target.value),
                }}
              />
            </div>
            <div className="fr-col-6 fr-col-md-3">
              <Input
                label="Âge maximum"
                nativeInputProps={{
                  id: "filter-age-max",
                  type: "number",
                  min: 0,
                  max: 130,
                  inputMode: "numeric",
                  value: ageMax,
                  onChange: (event) => setAgeMax(event.target.value),
                }}
              />
            </div>
            <div className="fr-col-6 fr-col-md-4">
              <Select
                label="Statut"
                nativeSelectProps={{
                  id: "filter-status",
                  value: state.status,
                  onChange: (event) => onChange({ status: event.target.value as StatusFilter }),
                }}
              >
                {optionsOf(statusFilterLabels).map((option) => (
                  <option key={option.value} value={option.value}>
                    {option.label}
                  </option>
                ))}
              </Select>
            </div>
            <div className="fr-col-6 fr-col-md-4">
              <Select
                label="Trier par"
                nativeSelectProps={{
                  id: "filter-sort",
                  value: state.sort,
                  onChange: (event) => onChange({ sort: event.target.value as Sort | "" }),
                }}
              >
                <option value="">Par défaut (pertinence, sinon nom)</option>
                {optionsOf(sortLabels).map((option) => (
                  <option key={option.value} value={option.value}>
                    {option.label}
                  </option>
                ))}
              </Select>
            </div>
            {meId && (
              <div className="fr-col-12 fr-col-md-4 beneficiaries-filters__checkbox">
                <div className="fr-checkbox-group">
                  <input
                    type="checkbox"
                    id="filter-referent"
                    checked={state.referent === meId}
                    onChange={(event) => onChange({ referent: event.target.checked ? meId : "" })}
                  />
                  <label className="fr-label" htmlFor="filter-referent">
                    Seulement les personnes dont je suis référent
                  </label>
                </div>
              </div>
            )}
          </div>
        </div>
      </fieldset>
    </>
  );
}
