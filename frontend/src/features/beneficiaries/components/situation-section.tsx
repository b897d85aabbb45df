import { familySituationLabels, livingSituationLabels, optionsOf } from "../model/vocabulary";
import { FormSection, SelectField } from "./form-fields";
import { memoSection, type SectionProps } from "./section-props";

function SituationSectionFields({ draft, update, errors }: SectionProps) {
  return (
    <FormSection id="section-situation" title="Situation">
      <div className="fr-grid-row fr-grid-row--gutters">
        <div className="fr-col-12 fr-col-md-6">
          <SelectField
            path="familySituation"
            label="Situation familiale"
            errors={errors}
            value={draft.familySituation}
            options={optionsOf(familySituationLabels)}
            onChange={(familySituation) => update((d) => ({ ...d, familySituation }))}
          />
        </div>
        <div className="fr-col-12 fr-col-md-6">
          <SelectField
            path="address.livingSituation"
            label="Logement"
            errors={errors}
            value={draft.address.livingSituation}
            options={optionsOf(livingSituationLabels)}
            onChange={(livingSituation) => update((d) => ({ ...d, address: { ...d.address, livingSituation } }))}
          />
        </div>
      </div>
    </FormSection>
  );
}

export const SituationSection = memoSection(SituationSectionFields, ["familySituation", "address"]);
