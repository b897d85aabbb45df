import { Footer } from "@codegouvfr/react-dsfr/Footer";

export function AppFooter() {
  return (
    <Footer
      id="fr-footer"
      accessibility="non compliant"
      contentDescription="Entraide aide les centres communaux et intercommunaux d'action sociale à accueillir, instruire et suivre les demandes d'aide."
    />
  );
}
