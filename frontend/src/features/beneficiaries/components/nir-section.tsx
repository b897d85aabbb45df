import { FormSection, TextField } from "./form-fields";
import { memoSection, type SectionProps } from "./section-props";

type NirSectionProps = SectionProps & {
  /** The stored NIR as the server shows it to a front-desk agent (masked), when editing. */
  maskedNir?: string;
};

function NirSectionFields({ draft, update, errors, maskedNir }: NirSectionProps) {
  const hint = maskedNir
    ? `NIR enregistré : ${maskedNir}. Laissez le champ vide pour le conserver, ou saisissez le nouveau NIR complet.`
    : "15 caractères, espaces admis, par exemple 2 41 03 76 540 123 31. Facultatif : un NIR provisoire est signalé sans bloquer.";
  return (
    <FormSection id="section-nir" title="Numéro de sécurité sociale">
      <TextField
        path="nir"
        label="NIR"
        hint={hint}
        errors={errors}
        spellCheck={false}
        value={draft.nir}
        onChange={(nir) => update((d) => ({ ...d, nir }))}
      />
    </FormSection>
  );
}

export const NirSection = memoSection(NirSectionFields, ["nir"]);
