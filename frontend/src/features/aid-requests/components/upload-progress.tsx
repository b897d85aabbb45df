import { Button } from "@codegouvfr/react-dsfr/Button";
import { formatPercent } from "../model/upload";

type UploadProgressProps = {
  fileName: string;
  /** Percent sent, or null while the browser does not know yet. */
  percent: number | null;
  /** True once the server has stored the file. */
  done: boolean;
  /** Cancels the upload; absent once the file has gone. */
  onCancel?: () => void;
};

/**
 * How far a file has gone: a native progress bar (exposed as a progressbar with its value),
 * coloured like the DSFR's action elements, with the percentage written next to it.
 */
export function UploadProgress({ fileName, percent, done, onCancel }: UploadProgressProps) {
  const shown = done ? 100 : percent;
  const text =
    shown === null
      ? "envoi en cours…"
      : done
        ? formatPercent(100)
        : shown >= 100
          ? `${formatPercent(100)}, enregistrement en cours…`
          : formatPercent(shown);
  return (
    <div className="aid-upload-progress fr-mt-1w">
      <p className="fr-text--sm fr-mb-1v">
        {`Envoi de ${fileName} : `}
        <span className="aid-upload-progress__value">{text}</span>
      </p>
      <div className="aid-upload-progress__bar">
        <progress className="aid-progress" max={100} value={shown ?? undefined} aria-label={`Envoi de ${fileName}`} />
        {onCancel && !done && (shown === null || shown < 100) && (
          <Button type="button" priority="tertiary" size="small" iconId="fr-icon-close-line" onClick={onCancel}>
            Annuler l'envoi
          </Button>
        )}
      </div>
    </div>
  );
}
