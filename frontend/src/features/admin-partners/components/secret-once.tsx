import { Button } from "@codegouvfr/react-dsfr/Button";
import { useEffect, useId, useRef, useState, type ReactNode } from "react";

type SecretOnceProps = {
  title: string;
  /** What the secret is for and who should receive it. */
  children?: ReactNode;
  secret: string;
  /** The identifier that goes with the secret (client_id), shown alongside. */
  identifier?: { label: string; value: string } | undefined;
  /** The administrator has kept the secret: the panel goes away and the secret with it. */
  onDone: () => void;
};

/**
 * A secret the server shows once (it keeps only a hash): displayed until the
 * administrator says it is kept, with a copy button. Nothing else holds it, so
 * once dismissed it is gone for good; a lost secret means a rotation.
 */
export function SecretOnce({ title, children, secret, identifier, onDone }: SecretOnceProps) {
  const titleId = useId();
  const secretId = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const [copied, setCopied] = useState<"yes" | "no" | null>(null);

  // The panel appears after an action elsewhere on the page: focus goes to it.
  useEffect(() => heading.current?.focus(), []);

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(secret);
      setCopied("yes");
    } catch {
      setCopied("no");
    }
  };

  return (
    <section className="fr-callout fr-callout--orange-terre-battue fr-mb-4w" aria-labelledby={titleId}>
      <h3 id={titleId} ref={heading} tabIndex={-1} className="fr-callout__title fr-h5">
        {title}
      </h3>
      <div className="fr-callout__text fr-text--md">
        {children}
        <p className="fr-text--bold fr-mb-2w">
          Ce secret ne sera plus jamais affiché : copiez-le maintenant et transmettez-le au partenaire par un canal sûr.
        </p>
      </div>
      {identifier && (
        <p className="fr-mb-1w">
          {`${identifier.label} : `}
          <code>{identifier.value}</code>
        </p>
      )}
      <div className="fr-input-group">
        <label className="fr-label" htmlFor={secretId}>
          Secret
        </label>
        <input
          id={secretId}
          className="fr-input"
          readOnly
          value={secret}
          spellCheck={false}
          autoComplete="off"
          onFocus={(event) => event.target.select()}
        />
      </div>
      <ul className="fr-btns-group fr-btns-group--inline-md fr-btns-group--sm fr-btns-group--icon-left">
        <li>
          <Button priority="secondary" iconId="fr-icon-clipboard-line" onClick={() => void copy()}>
            Copier le secret
          </Button>
        </li>
        <li>
          <Button onClick={onDone}>J'ai conservé le secret</Button>
        </li>
      </ul>
      <p role="status" className="fr-text--sm fr-mb-0">
        {copied === "yes" && "Secret copié dans le presse-papiers."}
        {copied === "no" && "La copie n'a pas pu se faire : sélectionnez le secret et copiez-le vous-même."}
      </p>
    </section>
  );
}
