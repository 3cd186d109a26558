import { useTranslation } from 'react-i18next';
import { formatKopecks } from '../format';
import { currentLang } from '../i18n';
import { usePreview } from './previewStore';

/** "Начисление: 4,50 ₽ (расчёт)", or where the preview stands. */
export function ChargePreviewText({ readingId }: { readingId: string }) {
  const { t } = useTranslation();
  const state = usePreview(readingId);
  switch (state.status) {
    case 'ready':
      return (
        <span className="preview preview--ready" data-testid="charge-preview">
          {t('preview.amount', { amount: formatKopecks(state.preview.amountKopecks, currentLang()) })}
        </span>
      );
    case 'pending':
      return (
        <span className="preview preview--pending">
          <span className="dot-pulse" aria-hidden="true" />
          {t('preview.pending')}
        </span>
      );
    case 'later':
      return <span className="preview preview--muted">{t('preview.later')}</span>;
    case 'unavailable':
      return <span className="preview preview--muted">{t('preview.unavailable')}</span>;
    default:
      return <span className="preview preview--muted">—</span>;
  }
}
