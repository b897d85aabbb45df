import { newOblige } from "../model/beneficiary-draft";
import { obligeRelationshipLabels, optionsOf } from "../model/vocabulary";
import { useFocusLater } from "../hooks/use-focus-later";
import { CheckboxField, FormSection, ItemFieldset, SelectField, TextField } from "./form-fields";
import { AddButton, RemoveButton } from "./list-controls";
import { changeItem, memoSection, removeItem, type SectionProps } from "./section-props";

function ObligesSectionFields({ draft, update, errors }: SectionProps) {
  const focusLater = useFocusLater();
  const obliges = draft.obligesAlimentaires;
  const change = (key: string, values: Partial<(typeof obliges)[number]>) =>
    update((d) => ({ ...d, obligesAlimentaires: changeItem(d.obligesAlimentaires, key, values) }));

  return (
    <FormSection
      id="section-obliges"
      title="Obligés alimentaires"
      hint="Enfants, gendres et belles-filles, ascendants… (code civil, articles 205 à 207) : utiles au dossier d'aide sociale à l'hébergement."
    >
      {obliges.length === 0 && <p className="fr-text--sm">Aucun obligé alimentaire saisi.</p>}
      {obliges.map((oblige, i) => {
        const at = (field: string) => `obligesAlimentaires[${i}].${field}`;
        return (
          <ItemFieldset key={oblige.key} id={`oblige-${oblige.key}`} legend={`Obligé alimentaire ${i + 1}`}>
            <div className="fr-grid-row fr-grid-row--gutters">
              <div className="fr-col-12 fr-col-md-4">
                <SelectField
                  path={at("relationship")}
                  label="Lien avec la personne"
                  required
                  errors={errors}
                  value={oblige.relationship}
                  options={optionsOf(obligeRelationshipLabels)}
                  onChange={(relationship) => change(oblige.key, { relationship })}
                />
              </div>
              <div className="fr-col-12 fr-col-md-4">
                <TextField
                  path={at("lastName")}
                  label="Nom"
                  required
                  errors={errors}
                  value={oblige.lastName}
                  onChange={(lastName) => change(oblige.key, { lastName })}
                />
              </div>
              <div className="fr-col-12 fr-col-md-4">
                <TextField
                  path={at("firstName")}
                  label="Prénom"
                  errors={errors}
                  value={oblige.firstName}
                  onChange={(firstName) => change(oblige.key, { firstName })}
                />
              </div>
            </div>
            <TextField
              path={at("address")}
              label="Adresse"
              errors={errors}
              value={oblige.address}
              onChange={(address) => change(oblige.key, { address })}
            />
            <div className="fr-grid-row fr-grid-row--gutters">
              <div className="fr-col-12 fr-col-md-6">
                <TextField
                  path={at("phone")}
                  label="Téléphone"
                  type="tel"
                  errors={errors}
                  value={oblige.phone}
                  onChange={(phone) => change(oblige.key, { phone })}
                />
              </div>
              <div className="fr-col-12 fr-col-md-6">
                <TextField
                  path={at("email")}
                  label="Courriel"
                  type="email"
                  errors={errors}
                  value={oblige.email}
                  onChange={(email) => change(oblige.key, { email })}
                />
              </div>
            </div>
            <CheckboxField
              path={at("exempt")}
              label="Dispensé(e) de l'obligation alimentaire"
              errors={errors}
              checked={oblige.exempt}
              onChange={(exempt) => change(oblige.key, { exempt })}
            />
            {oblige.exempt && (
              <TextField
                path={at("exemptionReason")}
                label="Motif de la dispense"
                required
                errors={errors}
                value={oblige.exemptionReason}
                onChange={(exemptionReason) => change(oblige.key, { exemptionReason })}
              />
            )}
            <RemoveButton
              label={`Retirer l'obligé alimentaire ${i + 1}`}
              onRemove={() => {
                update((d) => ({ ...d, obligesAlimentaires: removeItem(d.obligesAlimentaires, oblige.key) }));
                focusLater("obligesAlimentaires");
              }}
            />
          </ItemFieldset>
        );
      })}
      <AddButton
        path="obligesAlimentaires"
        label="Ajouter un obligé alimentaire"
        errors={errors}
        onAdd={() => {
          update((d) => ({ ...d, obligesAlimentaires: [...d.obligesAlimentaires, newOblige()] }));
          focusLater(`obligesAlimentaires[${obliges.length}].relationship`);
        }}
      />
    </FormSection>
  );
}

export const ObligesSection = memoSection(ObligesSectionFields, ["obligesAlimentaires"]);
