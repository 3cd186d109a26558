import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { accountApi, call } from '../api/client';
import type { paths as AccountPaths } from '../api/generated/account';
import { ApiError, readableMessage } from '../api/problem';
import { FormOutcome } from '../ui/feedback';
import { checkFiles } from './validation';

export type AppealView =
  AccountPaths['/v1/accounts/{number}/appeals/{id}']['get']['responses'][200]['content']['application/json'];
export type AppealType = AppealView['type'];
type Addressee = AppealView['addressee'];

interface Props {
  accountNumber: string;
  type: AppealType;
  onSent: (appeal: AppealView) => void;
  /** The question typed so far, kept by the page so that choosing another type does not lose it. */
  draft?: string;
  onDraftChange?: (text: string) => void;
}

/**
 * AC-5 (manual 004 «Обратная связь»): after the FAQ of the chosen type, the question itself — to the
 * customer service or technical support — with up to 3 images or PDFs (manual 000: support may ask
 * for a screenshot). Sent as one multipart body; problems next to their field.
 */
export function AppealForm({ accountNumber, type, onSent, draft = '', onDraftChange }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const [addressee, setAddressee] = useState<Addressee>(type === 'PORTAL' ? 'TECHNICAL_SUPPORT' : 'CUSTOMER_SERVICE');
  const [text, setTextState] = useState(draft);
  const setText = (value: string) => {
    setTextState(value);
    onDraftChange?.(value);
  };
  const [files, setFiles] = useState<File[]>([]);
  const [issues, setIssues] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<{ message: string; traceId?: string } | null>(null);
  const [sending, setSending] = useState(false);
  const [sent, setSent] = useState(false);
  const textRef = useRef<HTMLTextAreaElement>(null);
  const filesRef = useRef<HTMLInputElement>(null);

  const chooseFiles = (list: FileList | null) => {
    const chosen = list ? Array.from(list) : [];
    setFiles(chosen);
    setSent(false);
    const issue = checkFiles(chosen);
    setIssues(({ files: _, ...rest }) => (issue ? { ...rest, files: t(issue.key, { name: issue.name }) } : rest));
  };

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (sending) return;
    setFormError(null);
    setSent(false);
    const found: Record<string, string> = {};
    if (text.trim() === '') found.text = t('appeals.error.text');
    const fileIssue = checkFiles(files);
    if (fileIssue) found.files = t(fileIssue.key, { name: fileIssue.name });
    setIssues(found);
    if (found.text) return textRef.current?.focus();
    if (found.files) return filesRef.current?.focus();
    setSending(true);
    try {
      const form = new FormData();
      form.append('type', type);
      form.append('addressee', addressee);
      form.append('text', text.trim());
      for (const file of files) form.append('files', file, file.name);
      const appeal = await call(
        accountApi.POST('/v1/accounts/{number}/appeals', {
          params: { path: { number: accountNumber } },
          body: { type, addressee, text: text.trim() },
          bodySerializer: () => form,
        }),
      );
      setText('');
      setFiles([]);
      if (filesRef.current) filesRef.current.value = '';
      setSent(true);
      onSent(appeal);
    } catch (error) {
      if (error instanceof ApiError && error.kind === 'unauthorized') return;
      const byField: Record<string, string> = {};
      if (error instanceof ApiError) {
        for (const [field, message] of Object.entries(error.fieldErrors)) {
          const key = field.startsWith('files') ? 'files' : field;
          byField[key] = byField[key] ? `${byField[key]} ${message}` : message;
        }
      }
      setIssues(byField);
      if (Object.keys(byField).length === 0) {
        setFormError({ message: readableMessage(error, t), traceId: error instanceof ApiError ? error.traceId : undefined });
      } else if (byField.text) textRef.current?.focus();
      else if (byField.files) filesRef.current?.focus();
    } finally {
      setSending(false);
    }
  };

  return (
    <form className="card card__pad" noValidate onSubmit={submit} aria-labelledby={`${id}-title`}>
      <h2 className="section__title" id={`${id}-title`}>
        {t('appeals.formTitle')}
      </h2>
      <fieldset className="preferences__group">
        <legend className="field__label">{t('appeals.addressee')}</legend>
        {(['CUSTOMER_SERVICE', 'TECHNICAL_SUPPORT'] as const).map((a) => (
          <label className="preferences__check" key={a}>
            <input type="radio" name="addressee" value={a} checked={addressee === a} onChange={() => setAddressee(a)} />
            <span>
              {t(`appeals.addressees.${a}`)}
              <span className="field__hint">{t(`appeals.addresseeHints.${a}`)}</span>
            </span>
          </label>
        ))}
      </fieldset>

      <div className={`field${issues.text ? ' field--invalid' : ''}`}>
        <label className="field__label" htmlFor={`${id}-text`}>
          {t('appeals.text')}
        </label>
        <textarea
          ref={textRef}
          id={`${id}-text`}
          className="field__input visits__comment"
          rows={5}
          maxLength={5000}
          value={text}
          onChange={(e) => {
            setText(e.target.value);
            setSent(false);
            if (issues.text && e.target.value.trim() !== '') setIssues(({ text: _, ...rest }) => rest);
          }}
          aria-invalid={issues.text ? true : undefined}
          aria-describedby={issues.text ? `${id}-text-error` : undefined}
        />
        {issues.text && (
          <p className="field__error" id={`${id}-text-error`} data-testid="error-text">
            {issues.text}
          </p>
        )}
      </div>

      <div className={`field${issues.files ? ' field--invalid' : ''}`}>
        <label className="field__label" htmlFor={`${id}-files`}>
          {t('appeals.files')} <span className="preferences__optional">{t('preferences.optional')}</span>
        </label>
        <input
          ref={filesRef}
          id={`${id}-files`}
          className="field__input"
          type="file"
          multiple
          accept=".jpg,.jpeg,.png,.pdf,image/jpeg,image/png,application/pdf"
          onChange={(e) => chooseFiles(e.target.files)}
          aria-invalid={issues.files ? true : undefined}
          aria-describedby={`${id}-files-${issues.files ? 'error' : 'hint'}`}
        />
        {issues.files ? (
          <p className="field__error" id={`${id}-files-error`} data-testid="error-files">
            {issues.files}
          </p>
        ) : (
          <p className="field__hint" id={`${id}-files-hint`}>
            {t('appeals.filesHint')}
          </p>
        )}
      </div>

      <div className="reading-form__actions">
        <button type="submit" className="button button--primary" disabled={sending} aria-busy={sending || undefined}>
          {sending ? t('appeals.sending') : t('appeals.send')}
        </button>
      </div>
      <FormOutcome success={sent ? t('appeals.sent') : null} error={formError} errorTestId="appeal-form-error" />
    </form>
  );
}
