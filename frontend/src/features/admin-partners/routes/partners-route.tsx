import { ErrorAlert } from "@/components/error-alert";
import { Loading } from "@/components/loading";
import { useDocumentTitle } from "@/lib/use-document-title";
import { usePartners } from "../api/partners-queries";
import { CreatePartnerForm } from "../components/create-partner-form";
import { PartnersTable } from "../components/partners-table";

/** The partners that use the API: the département, the CAF, the MSA. */
export function PartnersRoute() {
  useDocumentTitle("Partenaires");
  const partners = usePartners();
  return (
    <>
      <h1>Partenaires</h1>
      <p>
        Le conseil départemental, la CAF et la MSA échangent avec l'organisation par l'API, chacun avec ses identifiants et ne
        voit que ce qui lui est adressé.
      </p>
      <section aria-labelledby="partners-list-title" className="fr-mb-6w">
        <h2 id="partners-list-title" className="fr-h4">
          Partenaires enregistrés
        </h2>
        {partners.isPending && <Loading label="Chargement des partenaires…" />}
        {partners.isError && <ErrorAlert error={partners.error} title="Les partenaires n'ont pas pu être chargés" />}
        {partners.isSuccess && partners.data.length === 0 && <p>Aucun partenaire pour l'instant.</p>}
        {partners.isSuccess && partners.data.length > 0 && <PartnersTable partners={partners.data} />}
      </section>
      <section className="fr-col-12 fr-col-md-8">
        <CreatePartnerForm />
      </section>
    </>
  );
}
