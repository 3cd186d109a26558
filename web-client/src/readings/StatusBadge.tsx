import { useTranslation } from 'react-i18next';

const tone: Record<string, string> = {
  IN_PROCESSING: 'badge--pending',
  ACCEPTED: 'badge--success',
  REJECTED: 'badge--danger',
};

/** MT-3: В обработке / Принято / Отклонено. */
export function StatusBadge({ status }: { status: string }) {
  const { t } = useTranslation();
  return (
    <span className={`badge ${tone[status] ?? ''}`} data-status={status}>
      <span className="badge__dot" aria-hidden="true" />
      {t(`reading.status.${status}`, { defaultValue: status })}
    </span>
  );
}
