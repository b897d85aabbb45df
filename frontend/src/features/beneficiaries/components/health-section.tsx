import type { BeneficiaryDraft, ContactDraft } from "../model/beneficiary-draft";
import { optionsOf, protectionTypeLabels } from "../model/vocabulary";
import { FormSection, SelectField, TextField } from "./form-fields";
import { memoSection, type SectionProps } from "./section-props";

const girOptions = ["1", "2", "3", "4", "5", "6"].map((level) => ({ value: level, label: `GIR ${level}` }));

type PersonKey = "medecinTraitant" | "personneDeConfiance" | "aidant";

const people: { key: PersonKey; title: string; relationship?: string }[] = [
  { key: "medecinTraitant", title: "Médecin traitant" },
  { key: "personneDeConfiance", title: "Personne de confiance", relationship: "Lien avec la personne" },
  { key: "aidant", title: "Aidant", relationship: "Lien avec la personne" },
];

function HealthSectionFields({ draft, update, errors }: SectionProps) {
  const setGir = (change: Partial<BeneficiaryDraft["gir"]>) => update((d) => ({ ...d, gir: { ...d.gir, ...change } }));
  const setProtection = (change: Partial<BeneficiaryDraft["protection"]>) =>
    update((d) => ({ ...d, protection: { ...d.protection, ...change } }));
  const setPerson = (key: PersonKey, change: Partial<ContactDraft>) =>
    update((d) => ({ ...d, [key]: { ...d[key], ...change } }));

  return (
    <FormSection id="section-sante" title="Santé et protection">
      <fieldset className="fr-fieldset" aria-labelledby="gir-legend">
        <legend id="gir-legend" className="fr-fieldset__legend fr-text--regular">
          Perte d'autonomie (GIR)
          <span className="fr-hint-text">Niveau, date et évaluateur vont ensemble : grille AGGIR.</span>
        </legend>
        <div className="fr-fieldset__element">
          <div className="fr-grid-row fr-grid-row--gutters">
            <div className="fr-col-12 fr-col-md-3">
              <SelectField
                path="gir.level"
                label="Niveau GIR"
                errors={errors}
                value={draft.gir.level}
                options={girOptions}
                onChange={(level) => setGir({ level })}
              />
            </div>
            <div className="fr-col-12 fr-col-md-4">
              <TextField
                path="gir.evaluatedOn"
                label="Date d'évaluation"
                type="date"
                errors={errors}
                value={draft.gir.evaluatedOn}
                onChange={(evaluatedOn) => setGir({ evaluatedOn })}
              />
            </div>
            <div className="fr-col-12 fr-col-md-5">
              <TextField
                path="gir.assessor"
                label="Évaluateur"
                hint="Équipe médico-sociale du département, médecin…"
                errors={errors}
                value={draft.gir.assessor}
                onChange={(assessor) => setGir({ assessor })}
              />
            </div>
          </div>
        </div>
      </fieldset>

      <fieldset className="fr-fieldset" aria-labelledby="protection-legend">
        <legend id="protection-legend" className="fr-fieldset__legend fr-text--regular">
          Mesure de protection juridique
        </legend>
        <div className="fr-fieldset__element">
          <SelectField
            path="protection.type"
            label="Mesure"
            placeholder="Aucune mesure"
            errors={errors}
            value={draft.protection.type}
            options={optionsOf(protectionTypeLabels)}
            onChange={(type) => setProtection({ type })}
          />
          <div className="fr-grid-row fr-grid-row--gutters">
            <div className="fr-col-12 fr-col-md-6">
              <TextField
                path="protection.mandataireName"
                label="Représentant (tuteur, curateur, personne habilitée)"
                errors={errors}
                value={draft.protection.mandataireName}
                onChange={(mandataireName) => setProtection({ mandataireName })}
              />
            </div>
            <div className="fr-col-12 fr-col-md-6">
              <TextField
                path="protection.mandataireContact"
                label="Coordonnées du représentant"
                errors={errors}
                value={draft.protection.mandataireContact}
                onChange={(mandataireContact) => setProtection({ mandataireContact })}
              />
            </div>
            <div className="fr-col-12 fr-col-md-6">
              <TextField
                path="protection.startOn"
                label="Début de la mesure"
                type="date"
                errors={errors}
                value={draft.protection.startOn}
                onChange={(startOn) => setProtection({ startOn })}
              />
            </div>
            <div className="fr-col-12 fr-col-md-6">
              <TextField
                path="protection.endOn"
                label="Fin de la mesure"
                type="date"
                errors={errors}
                value={draft.protection.endOn}
                onChange={(endOn) => setProtection({ endOn })}
              />
            </div>
          </div>
        </div>
      </fieldset>

      {people.map(({ key, title, relationship }) => {
        const person = draft[key];
        return (
          <fieldset key={key} className="fr-fieldset" aria-labelledby={`${key}-legend`}>
            <legend id={`${key}-legend`} className="fr-fieldset__legend fr-text--regular">
              {title}
            </legend>
            <div className="fr-fieldset__element">
              <div className="fr-grid-row fr-grid-row--gutters">
                <div className="fr-col-12 fr-col-md-6">
                  <TextField
                    path={`${key}.name`}
                    label="Nom"
                    errors={errors}
                    value={person.name}
                    onChange={(name) => setPerson(key, { name })}
                  />
                </div>
                <div className="fr-col-12 fr-col-md-6">
                  <TextField
                    path={`${key}.relationship`}
                    label={relationship ?? "Spécialité ou cabinet"}
                    errors={errors}
                    value={person.relationship}
                    onChange={(value) => setPerson(key, { relationship: value })}
                  />
                </div>
                <div className="fr-col-12 fr-col-md-6">
                  <TextField
                    path={`${key}.phone`}
                    label="Téléphone"
                    type="tel"
                    errors={errors}
                    value={person.phone}
                    onChange={(phone) => setPerson(key, { phone })}
                  />
                </div>
                <div className="fr-col-12 fr-col-md-6">
                  <TextField
                    path={`${key}.email`}
                    label="Courriel"
                    type="email"
                    errors={errors}
                    value={person.email}
                    onChange={(email) => setPerson(key, { email })}
                  />
                </div>
              </div>
              <TextField
                path={`${key}.address`}
                label="Adresse"
                errors={errors}
                value={person.address}
                onChange={(address) => setPerson(key, { address })}
              />
            </div>
          </fieldset>
        );
      })}
    </FormSection>
  );
}

export const HealthSection = memoSection(HealthSectionFields, ["gir", "protection", "medecinTraitant", "personneDeConfiance", "aidant"]);
