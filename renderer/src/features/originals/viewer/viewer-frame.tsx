import { useId, useState, type KeyboardEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../../app/use-language';
import { formatNumber, formatPercent } from '../../../i18n/format';
import { canZoom, clampPage, parsePageNumber, viewerKeyAction } from './viewer-logic';

export type ZoomCommand = 1 | -1 | 'fit';

interface ViewerFrameProps {
  name: string;
  /** Pages of the document; 0 while it opens. */
  count: number;
  page: number;
  onPage: (page: number) => void;
  /** The scale shown now (1 = 100 %). */
  scale: number;
  onZoom: (command: ZoomCommand) => void;
  onStage: (element: HTMLDivElement | null) => void;
  /** Paged documents show the page controls; a text is one long page. */
  paged: boolean;
  children: ReactNode;
}

function PageField({ page, count, onPage }: { page: number; count: number; onPage: (page: number) => void }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const id = useId();
  const shown = formatNumber(page, language);
  const [text, setText] = useState(shown);
  // A page turned elsewhere (buttons, keys) shows in the field; typing there is kept until then.
  const [wasShown, setWasShown] = useState(shown);
  if (shown !== wasShown) {
    setWasShown(shown);
    setText(shown);
  }
  const commit = () => {
    const typed = parsePageNumber(text);
    if (typed === null) setText(shown);
    else onPage(clampPage(typed, count));
  };
  return (
    <span className="dv-page-field">
      <label htmlFor={id}>{t('viewer.page')}</label>
      <input
        id={id}
        type="text"
        inputMode="numeric"
        dir="ltr"
        size={4}
        value={text}
        onChange={(event) => setText(event.target.value)}
        onBlur={commit}
        onKeyDown={(event) => {
          if (event.key === 'Enter') {
            event.preventDefault();
            commit();
          }
        }}
      />
      <span>{t('viewer.pageCount', { count })}</span>
    </span>
  );
}

/**
 * The viewer's chrome: page and zoom controls (buttons, each with a name a screen reader
 * reads) and the stage that holds the page, which takes the keyboard (Page Up/Down, Home/End,
 * +, −, 0). The controls follow the UI's direction; the page itself is shown as it is.
 */
export function ViewerFrame({ name, count, page, onPage, scale, onZoom, onStage, paged, children }: ViewerFrameProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const keysId = useId();

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>): void {
    if (event.target !== event.currentTarget) return;
    const action = viewerKeyAction(event, page, paged ? count : 1);
    if (!action) return;
    event.preventDefault();
    if (action.kind === 'page') onPage(action.page);
    else onZoom(action.kind === 'fit' ? 'fit' : action.direction);
  }

  return (
    <div className="dv-frame">
      <div className="dv-toolbar" role="toolbar" aria-label={t('viewer.toolbar')}>
        {paged ? (
          <div className="dv-group">
            <button type="button" className="button-quiet" disabled={page <= 1} onClick={() => onPage(page - 1)}>
              {t('viewer.previousPage')}
            </button>
            <PageField page={page} count={count} onPage={onPage} />
            <button type="button" className="button-quiet" disabled={page >= count} onClick={() => onPage(page + 1)}>
              {t('viewer.nextPage')}
            </button>
          </div>
        ) : null}
        <div className="dv-group">
          <button type="button" className="button-quiet" disabled={!canZoom(scale, -1)} onClick={() => onZoom(-1)}>
            {t('viewer.zoomOut')}
          </button>
          <output className="dv-zoom" aria-live="polite">
            {t('viewer.zoomLevel', { percent: formatPercent(scale, language) })}
          </output>
          <button type="button" className="button-quiet" disabled={!canZoom(scale, 1)} onClick={() => onZoom(1)}>
            {t('viewer.zoomIn')}
          </button>
          <button type="button" className="button-quiet" onClick={() => onZoom('fit')}>
            {t('viewer.fitWidth')}
          </button>
        </div>
      </div>
      {paged && count > 0 ? (
        <p className="dv-status muted" aria-live="polite">
          {t('viewer.pageStatus', { page, count })}
        </p>
      ) : null}
      <div ref={onStage} className="dv-stage" tabIndex={0} role="region" aria-label={t('viewer.region', { name })} aria-describedby={keysId} onKeyDown={onKeyDown}>
        {children}
      </div>
      <p id={keysId} className="dv-keys muted">
        {t('viewer.keys')}
      </p>
    </div>
  );
}
