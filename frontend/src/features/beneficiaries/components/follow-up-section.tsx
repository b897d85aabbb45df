import { useMe } from "@/lib/auth/session-store";
import { useReferents } from "../api/referents-queries";
import { FormSection, SelectField, TextField } from "./form-fields";
import { memoSection, type SectionProps } from "./section-props";

type FollowUpSectionProps = SectionProps & { seesNotes: boolean };

function FollowUpSectionFields({ draft, update, errors, seesNotes }: FollowUpSectionProps) {
  const me = useMe();
  const referents = useReferents(me);
  const options = referents.map((referent) => ({
    value: referent.id,
    label: referent.id === me.id ? `${referent.name} (vous)` : referent.name,
  }));
  // The current referent stays selectable even when this agent cannot list the others.
  if (draft.referentAgentId !== "" && !options.some((option) => option.value === draft.referentAgentId)) {
    options.unshift({ value: draft.referentAgentId, label: "Référent actuel (un autre agent)" });
  }

  return (
    <FormSection id="section-suivi" title="Suivi">
      <SelectField
        path="referentAgentId"
        label="Référent"
        hint="L'agent qui suit la personne."
        placeholder="Aucun référent"
        errors={errors}
        value={draft.referentAgentId}
        options={options}
        onChange={(referentAgentId) => update((d) => ({ ...d, referentAgentId }))}
      />
      {seesNotes && (
        <TextField
          path="notes"
          label="Notes"
          hint="Visibles des instructeurs, administrateurs et du président, pas de l'accueil. Aucune donnée de santé."
          textArea
          errors={errors}
          value={draft.notes}
          onChange={(notes) => update((d) => ({ ...d, notes }))}
        />
      )}
      <TextField
        path="rgpdInformedOn"
        label="Date d'information RGPD"
        hint="Le jour où la personne a été informée de l'enregistrement de ses données et de ses droits."
        type="date"
        errors={errors}
        value={draft.rgpdInformedOn}
        onChange={(rgpdInformedOn) => update((d) => ({ ...d, rgpdInformedOn }))}
      />
    </FormSection>
  );
}

export const FollowUpSection = memoSection(FollowUpSectionFields, ["referentAgentId", "notes", "rgpdInformedOn"]);
