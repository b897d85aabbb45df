import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { Loading } from "@/components/loading";
import { errorMessage } from "@/lib/api/problem";
import { useCommunes } from "../api/communes-queries";
import { CheckboxField, FormSection, SelectField, TextField } from "./form-fields";
import { CommuneSearch } from "./commune-search";
import { memoSection, type SectionProps } from "./section-props";

type AddressSectionProps = SectionProps & {
  /** Front-desk agents register people of their own communes only. */
  allowOutsideTerritory: boolean;
};

function AddressSectionFields({ draft, update, errors, allowOutsideTerritory }: AddressSectionProps) {
  const communes = useCommunes();
  const address = draft.address;
  const setAddress = (change: Partial<typeof address>) => update((d) => ({ ...d, address: { ...d.address, ...change } }));

  const options = (communes.data ?? []).map((commune) => ({
    value: commune.inseeCode ?? "",
    label: `${commune.name ?? ""} (${commune.inseeCode ?? ""})`,
  }));
  // A record may name a commune the agent's list no longer holds: keep it selectable.
  if (address.communeCode !== "" && !options.some((option) => option.value === address.communeCode)) {
    options.push({
      value: address.communeCode,
      label: `${address.communeName || "Commune"} (${address.communeCode})`,
    });
  }

  return (
    <FormSection id="section-adresse" title="Adresse">
      <TextField
        path="address.street"
        label="Numéro et voie"
        hint="Par exemple 12 rue des Lilas."
        autoComplete="off"
        errors={errors}
        value={address.street}
        onChange={(street) => setAddress({ street })}
      />
      <TextField
        path="address.complement"
        label="Complément d'adresse"
        hint="Bâtiment, étage, lieu-dit…"
        errors={errors}
        value={address.complement}
        onChange={(complement) => setAddress({ complement })}
      />
      <div className="fr-grid-row fr-grid-row--gutters">
        <div className="fr-col-12 fr-col-md-4">
          <TextField
            path="address.postcode"
            label="Code postal"
            hint="5 chiffres."
            inputMode="numeric"
            errors={errors}
            value={address.postcode}
            onChange={(postcode) => setAddress({ postcode })}
          />
        </div>
        <div className="fr-col-12 fr-col-md-8">
          {address.outsideTerritory ? (
            <TextField
              path="address.communeCode"
              label="Code INSEE de la commune"
              hint={
                address.communeName
                  ? `Commune choisie : ${address.communeName}. Le code INSEE n'est pas le code postal.`
                  : "Cherchez la commune ci-dessous. Le code INSEE n'est pas le code postal."
              }
              errors={errors}
              value={address.communeCode}
              onChange={(communeCode) => setAddress({ communeCode, communeName: "" })}
            />
          ) : communes.isPending ? (
            <Loading label="Chargement des communes…" />
          ) : communes.isError ? (
            <Alert
              className="fr-mb-3w"
              severity="error"
              small
              description={`Les communes n'ont pas pu être chargées. ${errorMessage(communes.error)}`}
            />
          ) : (
            <SelectField
              path="address.communeCode"
              label="Commune"
              hint="Les communes de votre organisation."
              placeholder="Choisir une commune"
              errors={errors}
              value={address.communeCode}
              options={options}
              onChange={(communeCode) => {
                const chosen = communes.data.find((commune) => commune.inseeCode === communeCode);
                setAddress({ communeCode, communeName: chosen?.name ?? "" });
              }}
            />
          )}
        </div>
      </div>
      {allowOutsideTerritory && (
        <CheckboxField
          path="address.outsideTerritory"
          label="La personne réside hors du territoire de l'organisation"
          hint="La commune se cherche alors dans le Code officiel géographique."
          errors={errors}
          checked={address.outsideTerritory}
          onChange={(outsideTerritory) => setAddress({ outsideTerritory, communeCode: "", communeName: "" })}
        />
      )}
      {address.outsideTerritory && (
        <CommuneSearch
          id="address-commune-search"
          label="Rechercher la commune de résidence"
          hint="Nom, code INSEE ou code postal."
          onSelect={(commune) => {
            const postcodes = commune.postcodes ?? [];
            setAddress({
              communeCode: commune.inseeCode ?? "",
              communeName: commune.name ?? "",
              // The postcode follows the commune when it has only one, or when the typed one is not its own.
              postcode:
                postcodes.length === 1 && !postcodes.includes(address.postcode) ? (postcodes[0] ?? "") : address.postcode,
            });
          }}
        />
      )}
    </FormSection>
  );
}

export const AddressSection = memoSection(AddressSectionFields, ["address"]);
