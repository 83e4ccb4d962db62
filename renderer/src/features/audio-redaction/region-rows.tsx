import { useTranslation } from 'react-i18next';
import type { AudioRedactionRegionInput } from '../../../../shared/contract/audio-redaction-operations';
import { formatTimecode, parseTimecode } from '../originals/transcripts/timecode';

/** A region as edited: times as typed (parsed on save), so a half-typed time is not lost. */
export interface RegionDraft {
  key: string;
  start: string;
  end: string;
  mode: AudioRedactionRegionInput['mode'];
  paragraphId?: string;
}

export function toDraft(region: AudioRedactionRegionInput): RegionDraft {
  return {
    key: crypto.randomUUID(),
    start: formatTimecode(region.startSeconds, { tenths: true }),
    end: formatTimecode(region.endSeconds, { tenths: true }),
    mode: region.mode,
    ...(region.paragraphId ? { paragraphId: region.paragraphId } : {}),
  };
}

/** The regions to save, or the index of the first row whose times do not read as a region. */
export function fromDrafts(drafts: readonly RegionDraft[]): { regions: AudioRedactionRegionInput[] } | { badRow: number } {
  const regions: AudioRedactionRegionInput[] = [];
  for (const [i, d] of drafts.entries()) {
    const start = parseTimecode(d.start);
    const end = parseTimecode(d.end);
    if (!start.ok || !end.ok || start.seconds === null || end.seconds === null || end.seconds <= start.seconds) return { badRow: i };
    regions.push({ startSeconds: start.seconds, endSeconds: end.seconds, mode: d.mode, ...(d.paragraphId ? { paragraphId: d.paragraphId } : {}) });
  }
  return { regions };
}

interface RegionRowsProps {
  drafts: RegionDraft[];
  badRow: number | null;
  onChange: (drafts: RegionDraft[]) => void;
}

export function RegionRows({ drafts, badRow, onChange }: RegionRowsProps) {
  const { t } = useTranslation();
  const update = (i: number, patch: Partial<RegionDraft>) => onChange(drafts.map((d, k) => (k === i ? { ...d, ...patch } : d)));
  if (drafts.length === 0) return <p className="audio-redaction-empty">{t('audioRedaction.noRegions')}</p>;
  return (
    <table className="audio-redaction-regions">
      <thead>
        <tr>
          <th scope="col">{t('audioRedaction.start')}</th>
          <th scope="col">{t('audioRedaction.end')}</th>
          <th scope="col">{t('audioRedaction.mode')}</th>
          <th scope="col">
            <span className="visually-hidden">{t('audioRedaction.actions')}</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {drafts.map((d, i) => (
          <tr key={d.key} aria-invalid={badRow === i || undefined} className={badRow === i ? 'invalid' : undefined}>
            <td>
              <input dir="ltr" className="timecode" aria-label={t('audioRedaction.startOf', { n: i + 1 })} value={d.start} onChange={(e) => update(i, { start: e.target.value })} />
            </td>
            <td>
              <input dir="ltr" className="timecode" aria-label={t('audioRedaction.endOf', { n: i + 1 })} value={d.end} onChange={(e) => update(i, { end: e.target.value })} />
            </td>
            <td>
              <select aria-label={t('audioRedaction.modeOf', { n: i + 1 })} value={d.mode} onChange={(e) => update(i, { mode: e.target.value === 'bleep' ? 'bleep' : 'silence' })}>
                <option value="silence">{t('audioRedaction.silence')}</option>
                <option value="bleep">{t('audioRedaction.bleep')}</option>
              </select>
            </td>
            <td>
              <button type="button" onClick={() => onChange(drafts.filter((_, k) => k !== i))}>
                {t('audioRedaction.remove')}
                <span className="visually-hidden"> {t('audioRedaction.regionN', { n: i + 1 })}</span>
              </button>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
