import { useState, type DragEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface DropZoneProps {
  /** Imports the dropped files (main reads them; the page hands over File objects, never paths). */
  onFiles: (files: File[]) => void;
  /** An import into this testimony is under way: a drop now is refused, saying why. */
  busy: boolean;
  children: ReactNode;
}

function carriesFiles(event: DragEvent): boolean {
  return event.dataTransfer.types.includes('Files');
}

/**
 * Files dropped onto the originals are imported like files chosen with Import, with the same
 * progress bars and outcome. The drop is a shortcut for the mouse; the Import button is the
 * way for everyone else, and the hint says dropping is possible.
 */
export function DropZone({ onFiles, busy, children }: DropZoneProps) {
  const { t } = useTranslation();
  const [over, setOver] = useState(false);
  const [refused, setRefused] = useState(false);

  function onDragOver(event: DragEvent<HTMLDivElement>): void {
    if (!carriesFiles(event)) return;
    // Without this the window would try to open the file (main refuses it, and the drop is lost).
    event.preventDefault();
    event.dataTransfer.dropEffect = busy ? 'none' : 'copy';
    if (!over) setOver(true);
  }

  function onDrop(event: DragEvent<HTMLDivElement>): void {
    if (!carriesFiles(event)) return;
    event.preventDefault();
    setOver(false);
    const files = [...event.dataTransfer.files];
    if (files.length === 0) return;
    setRefused(busy);
    if (!busy) onFiles(files);
  }

  const hint = over || refused ? (busy ? t('originals.drop.busy') : t('originals.drop.release')) : t('originals.drop.hint');
  return (
    <div
      className={`drop-zone ${over ? 'drop-zone-over' : ''}`}
      onDragOver={onDragOver}
      onDragLeave={(event) => {
        // Moving onto a child is not leaving the zone.
        if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setOver(false);
      }}
      onDrop={onDrop}
    >
      {children}
      <p className="drop-hint muted" aria-live="polite">
        {hint}
      </p>
    </div>
  );
}
