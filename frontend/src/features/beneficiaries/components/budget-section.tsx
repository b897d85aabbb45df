import { newCharge, newResource } from "../model/beneficiary-draft";
import { chargeTypeLabels, optionsOf, resourceOwnerLabels, resourceTypeLabels } from "../model/vocabulary";
import { useFocusLater } from "../hooks/use-focus-later";
import { FormSection, ItemFieldset, SelectField, TextField } from "./form-fields";
import { AddButton, RemoveButton } from "./list-controls";
import { changeItem, memoSection, removeItem, type SectionProps } from "./section-props";

const amountHint = "En euros par mois, par exemple 1234,56.";

function BudgetSectionFields({ draft, update, errors }: SectionProps) {
  const focusLater = useFocusLater();
  const changeResource = (key: string, values: Partial<(typeof draft.resources)[number]>) =>
    update((d) => ({ ...d, resources: changeItem(d.resources, key, values) }));
  const changeCharge = (key: string, values: Partial<(typeof draft.charges)[number]>) =>
    update((d) => ({ ...d, charges: changeItem(d.charges, key, values) }));

  return (
    <FormSection
      id="section-budget"
      title="Ressources et charges"
      hint="Montants mensuels. Le reste à vivre est calculé à l'enregistrement."
    >
      <h3 className="fr-h6">Ressources</h3>
      {draft.resources.length === 0 && <p className="fr-text--sm">Aucune ressource saisie.</p>}
      {draft.resources.map((resource, i) => {
        const at = (field: string) => `resources[${i}].${field}`;
        return (
          <ItemFieldset key={resource.key} id={`resource-${resource.key}`} legend={`Ressource ${i + 1}`}>
            <div className="fr-grid-row fr-grid-row--gutters">
              <div className="fr-col-12 fr-col-md-6">
                <SelectField
                  path={at("type")}
                  label="Type de ressource"
                  required
                  errors={errors}
                  value={resource.type}
                  options={optionsOf(resourceTypeLabels)}
                  onChange={(type) => changeResource(resource.key, { type })}
                />
              </div>
              <div className="fr-col-12 fr-col-md-6">
                <SelectField
                  path={at("owner")}
                  label="Perçue par"
                  required
                  errors={errors}
                  value={resource.owner}
                  options={optionsOf(resourceOwnerLabels)}
                  onChange={(owner) => changeResource(resource.key, { owner })}
                />
              </div>
              <div className="fr-col-12 fr-col-md-6">
                <TextField
                  path={at("monthlyAmountCents")}
                  label="Montant mensuel (€)"
                  hint={amountHint}
                  required
                  inputMode="decimal"
                  errors={errors}
                  value={resource.amount}
                  onChange={(amount) => changeResource(resource.key, { amount })}
                />
              </div>
              <div className="fr-col-12 fr-col-md-6">
                <TextField
                  path={at("payer")}
                  label="Organisme payeur"
                  hint="CARSAT, CAF, employeur…"
                  errors={errors}
                  value={resource.payer}
                  onChange={(payer) => changeResource(resource.key, { payer })}
                />
              </div>
            </div>
            <RemoveButton
              label={`Retirer la ressource ${i + 1}`}
              onRemove={() => {
                update((d) => ({ ...d, resources: removeItem(d.resources, resource.key) }));
                focusLater("resources");
              }}
            />
          </ItemFieldset>
        );
      })}
      <AddButton
        path="resources"
        label="Ajouter une ressource"
        errors={errors}
        onAdd={() => {
          update((d) => ({ ...d, resources: [...d.resources, newResource()] }));
          focusLater(`resources[${draft.resources.length}].type`);
        }}
      />

      <h3 className="fr-h6 fr-mt-4w">Charges</h3>
      {draft.charges.length === 0 && <p className="fr-text--sm">Aucune charge saisie.</p>}
      {draft.charges.map((charge, i) => {
        const at = (field: string) => `charges[${i}].${field}`;
        return (
          <ItemFieldset key={charge.key} id={`charge-${charge.key}`} legend={`Charge ${i + 1}`}>
            <div className="fr-grid-row fr-grid-row--gutters">
              <div className="fr-col-12 fr-col-md-4">
                <SelectField
                  path={at("type")}
                  label="Type de charge"
                  required
                  errors={errors}
                  value={charge.type}
                  options={optionsOf(chargeTypeLabels)}
                  onChange={(type) => changeCharge(charge.key, { type })}
                />
              </div>
              <div className="fr-col-12 fr-col-md-4">
                <TextField
                  path={at("monthlyAmountCents")}
                  label="Montant mensuel (€)"
                  hint={amountHint}
                  required
                  inputMode="decimal"
                  errors={errors}
                  value={charge.amount}
                  onChange={(amount) => changeCharge(charge.key, { amount })}
                />
              </div>
              <div className="fr-col-12 fr-col-md-4">
                <TextField
                  path={at("label")}
                  label="Précision"
                  errors={errors}
                  value={charge.label}
                  onChange={(label) => changeCharge(charge.key, { label })}
                />
              </div>
            </div>
            <RemoveButton
              label={`Retirer la charge ${i + 1}`}
              onRemove={() => {
                update((d) => ({ ...d, charges: removeItem(d.charges, charge.key) }));
                focusLater("charges");
              }}
            />
          </ItemFieldset>
        );
      })}
      <AddButton
        path="charges"
        label="Ajouter une charge"
        errors={errors}
        onAdd={() => {
          update((d) => ({ ...d, charges: [...d.charges, newCharge()] }));
          focusLater(`charges[${draft.charges.length}].type`);
        }}
      />
    </FormSection>
  );
}

export const BudgetSection = memoSection(BudgetSectionFields, ["resources", "charges"]);
