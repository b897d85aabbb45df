import { nationalityLabels, optionsOf, residencePermitLabels, sexLabels } from "../model/vocabulary";
import { CommuneSearch } from "./commune-search";
import { FormSection, RadioField, SelectField, TextField } from "./form-fields";
import { memoSection, type SectionProps } from "./section-props";

function IdentitySectionFields({ draft, update, errors }: SectionProps) {
  const set = (change: Partial<typeof draft>) => update((d) => ({ ...d, ...change }));
  const setBirthPlace = (change: Partial<typeof draft.birthPlace>) =>
    update((d) => ({ ...d, birthPlace: { ...d.birthPlace, ...change } }));
  const setPermit = (change: Partial<typeof draft.residencePermit>) =>
    update((d) => ({ ...d, residencePermit: { ...d.residencePermit, ...change } }));

  return (
    <FormSection id="section-identite" title="Identité">
      <div className="fr-grid-row fr-grid-row--gutters">
        <div className="fr-col-12 fr-col-md-6">
          <TextField
            path="birthName"
            label="Nom de naissance"
            required
            errors={errors}
            value={draft.birthName}
            onChange={(birthName) => set({ birthName })}
          />
        </div>
        <div className="fr-col-12 fr-col-md-6">
          <TextField
            path="usageName"
            label="Nom d'usage"
            hint="Nom d'épouse ou d'époux, par exemple."
            errors={errors}
            value={draft.usageName}
            onChange={(usageName) => set({ usageName })}
          />
        </div>
      </div>
      <TextField
        path="firstNames"
        label="Prénoms"
        hint="Dans l'ordre de l'état civil, séparés par des espaces ; six au plus."
        required
        errors={errors}
        value={draft.firstNames}
        onChange={(firstNames) => set({ firstNames })}
      />
      <RadioField
        path="sex"
        legend="Sexe"
        required
        errors={errors}
        value={draft.sex}
        options={optionsOf(sexLabels)}
        onChange={(sex) => set({ sex })}
      />
      <TextField
        path="birthDate"
        label="Date de naissance"
        type="date"
        required
        errors={errors}
        value={draft.birthDate}
        onChange={(birthDate) => set({ birthDate })}
      />
      <fieldset className="fr-fieldset" aria-labelledby="birth-place-legend">
        <legend id="birth-place-legend" className="fr-fieldset__legend fr-text--regular">
          Lieu de naissance
          <span className="fr-hint-text">
            En France : cherchez la commune. À l'étranger : saisissez le code pays INSEE (99139 Portugal, 99350 Maroc,
            99352 Algérie…) et le nom du pays.
          </span>
        </legend>
        <div className="fr-fieldset__element">
          <CommuneSearch
            id="birth-place-search"
            label="Rechercher la commune de naissance (France)"
            hint="Nom, code INSEE ou code postal."
            onSelect={(commune) => setBirthPlace({ code: commune.inseeCode ?? "", label: commune.name ?? "" })}
          />
          <div className="fr-grid-row fr-grid-row--gutters">
            <div className="fr-col-12 fr-col-md-4">
              <TextField
                path="birthPlace.code"
                label="Code du lieu de naissance"
                hint="Code INSEE de la commune (ex. 76540) ou du pays (99xxx)."
                required
                inputMode="text"
                errors={errors}
                value={draft.birthPlace.code}
                onChange={(code) => setBirthPlace({ code })}
              />
            </div>
            <div className="fr-col-12 fr-col-md-8">
              <TextField
                path="birthPlace.label"
                label="Commune ou pays de naissance"
                hint="Complété par le service s'il reste vide."
                errors={errors}
                value={draft.birthPlace.label}
                onChange={(label) => setBirthPlace({ label })}
              />
            </div>
          </div>
        </div>
      </fieldset>
      <RadioField
        path="nationality"
        legend="Nationalité"
        required
        errors={errors}
        value={draft.nationality}
        options={optionsOf(nationalityLabels)}
        onChange={(nationality) => set({ nationality })}
      />
      {draft.nationality === "OTHER" && (
        <fieldset className="fr-fieldset" aria-labelledby="residence-permit-legend">
          <legend id="residence-permit-legend" className="fr-fieldset__legend fr-text--regular">
            Titre de séjour
            <span className="fr-hint-text">Il sera demandé pour toute demande d'aide sociale légale.</span>
          </legend>
          <div className="fr-fieldset__element">
            <div className="fr-grid-row fr-grid-row--gutters">
              <div className="fr-col-12 fr-col-md-4">
                <SelectField
                  path="residencePermit.type"
                  label="Type de titre"
                  errors={errors}
                  value={draft.residencePermit.type}
                  options={optionsOf(residencePermitLabels)}
                  onChange={(type) => setPermit({ type })}
                />
              </div>
              <div className="fr-col-12 fr-col-md-4">
                <TextField
                  path="residencePermit.number"
                  label="Numéro du titre"
                  errors={errors}
                  value={draft.residencePermit.number}
                  onChange={(number) => setPermit({ number })}
                />
              </div>
              <div className="fr-col-12 fr-col-md-4">
                <TextField
                  path="residencePermit.validUntil"
                  label="Valable jusqu'au"
                  type="date"
                  errors={errors}
                  value={draft.residencePermit.validUntil}
                  onChange={(validUntil) => setPermit({ validUntil })}
                />
              </div>
            </div>
          </div>
        </fieldset>
      )}
    </FormSection>
  );
}

export const IdentitySection = memoSection(IdentitySectionFields, ["birthName", "usageName", "firstNames", "sex", "birthDate", "birthPlace", "nationality", "residencePermit"]);
