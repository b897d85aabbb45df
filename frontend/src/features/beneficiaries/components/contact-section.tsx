import { optionsOf, preferredContactLabels } from "../model/vocabulary";
import { FormSection, SelectField, TextField } from "./form-fields";
import { memoSection, type SectionProps } from "./section-props";

function ContactSectionFields({ draft, update, errors }: SectionProps) {
  const set = (change: Partial<typeof draft>) => update((d) => ({ ...d, ...change }));
  return (
    <FormSection id="section-contact" title="Contact">
      <div className="fr-grid-row fr-grid-row--gutters">
        <div className="fr-col-12 fr-col-md-6">
          <TextField
            path="phone"
            label="Téléphone"
            hint="Par exemple 06 12 34 56 78."
            type="tel"
            errors={errors}
            value={draft.phone}
            onChange={(phone) => set({ phone })}
          />
        </div>
        <div className="fr-col-12 fr-col-md-6">
          <TextField
            path="email"
            label="Courriel"
            hint="Format attendu : nom@domaine.fr"
            type="email"
            errors={errors}
            value={draft.email}
            onChange={(email) => set({ email })}
          />
        </div>
      </div>
      <SelectField
        path="preferredContact"
        label="Contact préféré"
        errors={errors}
        value={draft.preferredContact}
        options={optionsOf(preferredContactLabels)}
        onChange={(preferredContact) => set({ preferredContact })}
      />
    </FormSection>
  );
}

export const ContactSection = memoSection(ContactSectionFields, ["phone", "email", "preferredContact"]);
