type LoadingProps = { label?: string };

/** What stands in for content being loaded; read out politely by screen readers. */
export function Loading({ label = "Chargement…" }: LoadingProps) {
  return (
    <p role="status" className="fr-py-4w">
      {label}
    </p>
  );
}
