import { useTranslation } from 'react-i18next';
import type { MediaItem } from '../../../../shared/domain/media';
import { MediaRow } from './media-row';

interface MediaTableProps {
  items: readonly MediaItem[];
  openedId: string | null;
  onOpen: (mediaId: string) => void;
}

export function MediaTable({ items, openedId, onOpen }: MediaTableProps) {
  const { t } = useTranslation();
  if (items.length === 0) return <p className="muted">{t('media.empty')}</p>;
  return (
    <div className="table-scroll">
      <table className="media-table" aria-label={t('media.tableLabel')}>
        <thead>
          <tr>
            <th scope="col">{t('media.name')}</th>
            <th scope="col">{t('media.type')}</th>
            <th scope="col">{t('originals.duration')}</th>
            <th scope="col">{t('media.size')}</th>
            <th scope="col">{t('media.sha256')}</th>
            <th scope="col">{t('media.actions')}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((item) => (
            <MediaRow key={item.id} item={item} opened={item.id === openedId} onOpen={() => onOpen(item.id)} />
          ))}
        </tbody>
      </table>
    </div>
  );
}
