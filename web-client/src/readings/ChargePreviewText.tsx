import { useTranslation } from 'react-i18next';
import { formatKopecks } from '../format';
import { currentLang } from '../i18n';
import { usePreview } from './previewStore';

/**
 * Where the preview charge of a reading stands. On its own (after a submission) it says what it is:
 * "Начисление: 4,50 ₽ (расчёт)"; in the readings table (`inTable`) the column says that once, so a
 * cell holds the sum or a short state only ("4,50 ₽", "Рассчитывается…").
 */
export function ChargePreviewText({ readingId, inTable = false }: { readingId: string; inTable?: boolean }) {
  const { t } = useTranslation();
  const state = usePreview(readingId);
  const text = (key: 'pending' | 'later' | 'unavailable') => t(inTable ? `preview.short.${key}` : `preview.${key}`);
  switch (state.status) {
    case 'ready': {
      const amount = formatKopecks(state.preview.amountKopecks, currentLang());
      return (
        <span className="preview preview--ready" data-testid="charge-preview">
          {inTable ? amount : t('preview.amount', { amount })}
        </span>
      );
    }
    case 'pending':
      return (
        <span className="preview preview--pending">
          <span className="dot-pulse" aria-hidden="true" />
          {text('pending')}
        </span>
      );
    case 'later':
      return <span className="preview preview--muted">{text('later')}</span>;
    case 'unavailable':
      return <span className="preview preview--muted">{text('unavailable')}</span>;
    default:
      return <span className="preview preview--muted">—</span>;
  }
}
