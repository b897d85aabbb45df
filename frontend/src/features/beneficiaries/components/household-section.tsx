import { newHouseholdMember } from "../model/beneficiary-draft";
import { householdRelationshipLabels, optionsOf } from "../model/vocabulary";
import { useFocusLater } from "../hooks/use-focus-later";
import { CheckboxField, FormSection, ItemFieldset, SelectField, TextField } from "./form-fields";
import { AddButton, RemoveButton } from "./list-controls";
import { changeItem, memoSection, removeItem, type SectionProps } from "./section-props";

function HouseholdSectionFields({ draft, update, errors }: SectionProps) {
  const focusLater = useFocusLater();
  const members = draft.household;
  const change = (key: string, values: Partial<(typeof members)[number]>) =>
    update((d) => ({ ...d, household: changeItem(d.household, key, values) }));

  return (
    <FormSection id="section-foyer" title="Foyer" hint="Les personnes qui vivent avec elle.">
      {members.length === 0 && <p className="fr-text--sm">Aucun autre membre du foyer.</p>}
      {members.map((member, i) => {
        const at = (field: string) => `household[${i}].${field}`;
        return (
          <ItemFieldset key={member.key} id={`household-${member.key}`} legend={`Membre ${i + 1}`}>
            <div className="fr-grid-row fr-grid-row--gutters">
              <div className="fr-col-12 fr-col-md-4">
                <SelectField
                  path={at("relationship")}
                  label="Lien avec la personne"
                  required
                  errors={errors}
                  value={member.relationship}
                  options={optionsOf(householdRelationshipLabels)}
                  onChange={(relationship) => change(member.key, { relationship })}
                />
              </div>
              <div className="fr-col-12 fr-col-md-4">
                <TextField
                  path={at("lastName")}
                  label="Nom"
                  required
                  errors={errors}
                  value={member.lastName}
                  onChange={(lastName) => change(member.key, { lastName })}
                />
              </div>
              <div className="fr-col-12 fr-col-md-4">
                <TextField
                  path={at("firstName")}
                  label="Prénom"
                  errors={errors}
                  value={member.firstName}
                  onChange={(firstName) => change(member.key, { firstName })}
                />
              </div>
            </div>
            <div className="fr-grid-row fr-grid-row--gutters fr-grid-row--middle">
              <div className="fr-col-12 fr-col-md-4">
                <TextField
                  path={at("birthDate")}
                  label="Date de naissance"
                  type="date"
                  errors={errors}
                  value={member.birthDate}
                  onChange={(birthDate) => change(member.key, { birthDate })}
                />
              </div>
              <div className="fr-col-12 fr-col-md-4">
                <CheckboxField
                  path={at("dependent")}
                  label="À charge"
                  errors={errors}
                  checked={member.dependent}
                  onChange={(dependent) => change(member.key, { dependent })}
                />
              </div>
            </div>
            <RemoveButton
              label={`Retirer le membre ${i + 1}`}
              onRemove={() => {
                update((d) => ({ ...d, household: removeItem(d.household, member.key) }));
                focusLater("household");
              }}
            />
          </ItemFieldset>
        );
      })}
      <AddButton
        path="household"
        label="Ajouter un membre du foyer"
        errors={errors}
        onAdd={() => {
          update((d) => ({ ...d, household: [...d.household, newHouseholdMember()] }));
          focusLater(`household[${members.length}].relationship`);
        }}
      />
    </FormSection>
  );
}

export const HouseholdSection = memoSection(HouseholdSectionFields, ["household"]);
