import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { Badge } from "@codegouvfr/react-dsfr/Badge";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { useId, useRef, useState, type DragEvent } from "react";
import { ErrorAlert } from "@/components/error-alert";
import { UploadCancelled } from "@/lib/api/upload";
import { useDocuments, useDownloadDocument, useSetPieceReceived, useUploadDocument } from "../api/aid-requests-queries";
import type { AidDocument, PieceStatus } from "../api/types";
import { formatDate } from "@/lib/format/dates";
import { acceptAttribute, checkFile, uploadErrorMessage } from "../model/upload";
import { UploadProgress } from "./upload-progress";
import "./aid-requests.css";

type PieceRowProps = {
  requestId: string;
  piece: PieceStatus;
  documents: readonly AidDocument[];
  editable: boolean;
};

function PieceRow({ requestId, piece, documents, editable }: PieceRowProps) {
  const inputId = useId();
  const code = piece.code ?? "";
  const upload = useUploadDocument(requestId);
  const tick = useSetPieceReceived(requestId);
  const download = useDownloadDocument(requestId);
  const [dragging, setDragging] = useState(false);
  const [localError, setLocalError] = useState<string | null>(null);
  const [sending, setSending] = useState<{ fileName: string; percent: number | null } | null>(null);
  const controller = useRef<AbortController | null>(null);

  const send = (file: File | undefined) => {
    if (!file) return;
    const problem = checkFile(file);
    setLocalError(problem);
    if (problem) return;
    const abort = new AbortController();
    controller.current = abort;
    setSending({ fileName: file.name, percent: 0 });
    upload.mutate({
      pieceCode: code,
      file,
      signal: abort.signal,
      onProgress: ({ percent }) => setSending({ fileName: file.name, percent }),
    });
  };

  const onDrop = (event: DragEvent<HTMLLIElement>) => {
    event.preventDefault();
    setDragging(false);
    if (editable) send(event.dataTransfer.files[0]);
  };

  const cancelled = upload.error instanceof UploadCancelled;
  const message = localError ?? (upload.isError && !cancelled ? uploadErrorMessage(upload.error) : null);

  return (
    <li
      className={`aid-drop-zone${dragging ? " aid-drop-zone--active" : ""}`}
      aria-label={piece.label}
      onDragOver={(event) => {
        if (!editable) return;
        event.preventDefault();
        setDragging(true);
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={onDrop}
    >
      <p className="fr-mb-1w">
        <strong>{piece.label}</strong> {piece.required ? "" : <span className="fr-hint-text">(facultative)</span>}{" "}
        {piece.received ? (
          <Badge as="span" small severity="success">
            {`Reçue${piece.receivedOn ? ` le ${formatDate(piece.receivedOn)}` : ""}`}
          </Badge>
        ) : (
          <Badge as="span" small severity={piece.required ? "warning" : "info"}>
            Manquante
          </Badge>
        )}
      </p>
      {documents.length > 0 && (
        <ul className="fr-mb-1w">
          {documents.map((document) => (
            <li key={document.id}>
              <Button
                priority="tertiary no outline"
                size="small"
                iconId="fr-icon-download-line"
                onClick={() => download.mutate(document)}
                disabled={download.isPending}
              >
                {`Télécharger ${document.filename ?? "le fichier"}`}
              </Button>
            </li>
          ))}
        </ul>
      )}
      {editable && (
        <div className="fr-grid-row fr-grid-row--gutters fr-grid-row--middle">
          <div className="fr-col-12 fr-col-md">
            <div className="fr-upload-group">
              <label className="fr-label" htmlFor={inputId}>
                {`Joindre un fichier pour « ${piece.label} »`}
                <span className="fr-hint-text">
                  Glissez-déposez le fichier ici ou choisissez-le. PDF, JPEG ou PNG, 10 Mo au plus.
                </span>
              </label>
              <input
                className="fr-upload"
                type="file"
                id={inputId}
                accept={acceptAttribute}
                disabled={upload.isPending}
                onChange={(event) => {
                  send(event.target.files?.[0]);
                  event.target.value = "";
                }}
              />
            </div>
          </div>
          <div className="fr-col-12 fr-col-md-auto">
            <Button
              priority="secondary"
              size="small"
              disabled={tick.isPending}
              onClick={() => tick.mutate({ code, received: !piece.received })}
            >
              {piece.received ? "Marquer manquante" : "Marquer reçue"}
            </Button>
          </div>
        </div>
      )}
      {sending && (upload.isPending || upload.isSuccess) && (
        <UploadProgress
          fileName={sending.fileName}
          percent={sending.percent}
          done={upload.isSuccess}
          onCancel={upload.isPending ? () => controller.current?.abort() : undefined}
        />
      )}
      <p role="status" className={upload.isSuccess || cancelled ? "fr-mt-1w fr-text--sm" : "fr-sr-only"}>
        {upload.isSuccess ? "Fichier enregistré." : cancelled ? "Envoi annulé." : ""}
      </p>
      {message && (
        <Alert className="fr-mt-1w" small severity="error" role="alert" description={message} />
      )}
      {tick.isError && <ErrorAlert className="fr-mt-1w" error={tick.error} title="La pièce n'a pas été mise à jour" />}
    </li>
  );
}

type PiecesChecklistProps = { requestId: string; pieces: readonly PieceStatus[]; editable: boolean };

/** The pièces of the dossier: received or missing, with their files. */
export function PiecesChecklist({ requestId, pieces, editable }: PiecesChecklistProps) {
  const documents = useDocuments(requestId);
  if (pieces.length === 0) return <p>Aucune pièce n'est demandée pour cette aide.</p>;
  const missing = pieces.filter((p) => p.required && !p.received).length;
  return (
    <>
      <p>
        {missing === 0
          ? "Toutes les pièces obligatoires ont été reçues."
          : `${missing} pièce${missing > 1 ? "s" : ""} obligatoire${missing > 1 ? "s" : ""} manquante${missing > 1 ? "s" : ""}.`}
      </p>
      <ul className="fr-raw-list" aria-label="Pièces du dossier">
        {pieces.map((piece) => (
          <PieceRow
            key={piece.code}
            requestId={requestId}
            piece={piece}
            editable={editable}
            documents={(documents.data ?? []).filter((d) => d.pieceCode === piece.code)}
          />
        ))}
      </ul>
    </>
  );
}
