import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { call, identityApi } from '../api/client';
import { ApiError, readableMessage } from '../api/problem';
import { Shell } from '../layout/Shell';
import { CheckIcon } from '../ui/icons';
import { useDocumentTitle } from '../ui/useDocumentTitle';
import { Captcha } from '../registration/Captcha';
import { normaliseAccountNumber } from '../registration/form';
import { normalisePhone } from '../registration/PhoneRegisterPage';
import { TextField } from '../registration/TextField';
import './recovery.css';

const LOGIN = '/oauth2/authorization/keycloak';
const USERNAME = /^[A-Za-z0-9][A-Za-z0-9._-]{2,44}$/;

type Channel = 'EMAIL' | 'SMS';

/** The new password's rule as the realm states it (Keycloak judges it again). */
export function passwordProblem(password: string, username: string): boolean {
  return password.length < 8 || password.length > 128 || !/[0-9]/.test(password) || password === username;
}

/**
 * ID-7 (manuals 000, 003, 004): recover a forgotten password or login. The resident picks the way: a link by e-mail
 * (the username, the e-mail or an account number — the letter names the login) or a code by SMS to the phone on record
 * (then the code, a new password and, if wished, a new username). The answer never says whether such a login exists;
 * when the e-mail or phone on record has changed, the page says how to prove ownership.
 */
export function RecoverPage() {
  const { t } = useTranslation();
  const formId = useId();
  useDocumentTitle(t('recovery.title'));
  const [channel, setChannel] = useState<Channel>('EMAIL');
  const [start, setStart] = useState({ identifier: '', accountNumber: '', phone: '' });
  const [step2, setStep2] = useState({ code: '', newPassword: '', repeatPassword: '', newUsername: '' });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [alert, setAlert] = useState<string | null>(null);
  const [captcha, setCaptcha] = useState<string | null>(null);
  const [captchaReset, setCaptchaReset] = useState(0);
  const [busy, setBusy] = useState(false);
  const [started, setStarted] = useState<{ recoveryId: string; channel: Channel } | null>(null);
  const [recovered, setRecovered] = useState<string | null>(null);
  const inputs = useRef<Record<string, HTMLInputElement | null>>({});

  const showProblems = (error: unknown, known: string[]) => {
    const byField: Record<string, string> = {};
    let unmatched: string | undefined;
    if (error instanceof ApiError) {
      for (const [field, message] of Object.entries(error.fieldErrors)) {
        if (known.includes(field)) byField[field] = message;
        else unmatched = unmatched ? `${unmatched}; ${message}` : message;
      }
    }
    setErrors(byField);
    setAlert(Object.keys(byField).length > 0 && !unmatched ? null : (unmatched ?? readableMessage(error, t)));
    const first = known.find((f) => byField[f]);
    if (first) inputs.current[first]?.focus();
  };

  const focusFirst = (problems: Record<string, string>) => {
    const first = Object.keys(problems)[0];
    if (first) inputs.current[first]?.focus();
  };

  const send = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (busy) return;
    setAlert(null);
    const problems: Record<string, string> = {};
    if (channel === 'EMAIL' && !start.identifier.trim()) problems.identifier = t('recovery.error.identifier');
    if (channel === 'SMS') {
      if (!normaliseAccountNumber(start.accountNumber)) problems.accountNumber = t('register.error.accountNumber');
      if (!normalisePhone(start.phone)) problems.phone = t('registerPhone.error.phone');
    }
    if (!captcha) problems.captcha = t('register.error.captcha');
    setErrors(problems);
    if (Object.keys(problems).length > 0) {
      focusFirst(problems);
      return;
    }
    setBusy(true);
    try {
      const answer = await call(
        identityApi.POST('/v1/recoveries', {
          body:
            channel === 'EMAIL'
              ? { channel, identifier: start.identifier.trim(), accountNumber: null, phone: null, captcha: captcha ?? '' }
              : {
                  channel,
                  identifier: null,
                  accountNumber: start.accountNumber.trim(),
                  phone: start.phone.trim(),
                  captcha: captcha ?? '',
                },
        }),
      );
      setStarted({ recoveryId: answer.recoveryId, channel });
      if (channel === 'SMS') setTimeout(() => inputs.current.code?.focus(), 0);
    } catch (error) {
      setCaptchaReset((n) => n + 1);
      setCaptcha(null);
      showProblems(error, ['identifier', 'accountNumber', 'phone', 'captcha']);
    } finally {
      setBusy(false);
    }
  };

  const complete = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (busy || !started) return;
    setAlert(null);
    const problems: Record<string, string> = {};
    if (!/^[0-9]{6}$/.test(step2.code.trim())) problems.code = t('registerPhone.error.code');
    if (step2.newUsername.trim() && !USERNAME.test(step2.newUsername.trim()))
      problems.newUsername = t('register.error.username');
    if (passwordProblem(step2.newPassword, step2.newUsername.trim())) problems.newPassword = t('register.error.password');
    if (step2.repeatPassword !== step2.newPassword) problems.repeatPassword = t('register.error.passwordRepeat');
    setErrors(problems);
    if (Object.keys(problems).length > 0) {
      focusFirst(problems);
      return;
    }
    setBusy(true);
    try {
      const done = await call(
        identityApi.POST('/v1/recoveries/by-code', {
          body: {
            recoveryId: started.recoveryId,
            code: step2.code.trim(),
            newPassword: step2.newPassword,
            repeatPassword: step2.repeatPassword,
            newUsername: step2.newUsername.trim() ? step2.newUsername.trim() : null,
          },
        }),
      );
      setRecovered(done.username);
    } catch (error) {
      showProblems(error, ['code', 'newUsername', 'newPassword', 'repeatPassword']);
    } finally {
      setBusy(false);
    }
  };

  const again = () => {
    setStarted(null);
    setAlert(null);
    setErrors({});
    setStep2({ code: '', newPassword: '', repeatPassword: '', newUsername: '' });
    setCaptcha(null);
    setCaptchaReset((n) => n + 1);
  };

  const field = (
    name: string,
    value: string,
    set: (v: string) => void,
    extra: Partial<Parameters<typeof TextField>[0]> = {},
  ) => (
    <TextField
      ref={(el) => {
        inputs.current[name] = el;
      }}
      id={`${formId}-${name}`}
      name={name}
      label={t(`recovery.field.${name}`)}
      requiredNote={extra.optional ? t('registerPhone.optional') : t('register.required')}
      value={value}
      onChange={(v) => {
        set(v);
        if (errors[name]) setErrors(({ [name]: _, ...rest }) => rest);
      }}
      message={errors[name]}
      {...extra}
    />
  );

  if (recovered) {
    return (
      <Shell me={null}>
        <section className="register page-narrow" aria-labelledby="recovery-done">
          <div className="notice notice--success" role="status" data-testid="recovered">
            <span className="notice__icon">
              <CheckIcon />
            </span>
            <div className="notice__body">
              <h1 className="notice__title" id="recovery-done">
                {t('recovery.done.title')}
              </h1>
              <p>
                {t('recovery.done.login')} <span className="recovery__login">{recovered}</span>
              </p>
            </div>
          </div>
          <a className="button button--primary button--large" href={LOGIN} data-testid="login-after-recovery">
            {t('landing.login')}
          </a>
        </section>
      </Shell>
    );
  }

  return (
    <Shell me={null}>
      <section className="register page-narrow" aria-labelledby="recovery-title">
        <h1 id="recovery-title">{t('recovery.title')}</h1>
        <p>{t('recovery.lead')}</p>
        {alert && (
          <div className="notice notice--error" role="alert" data-testid="recovery-error">
            <div className="notice__body">
              <p>{alert}</p>
            </div>
          </div>
        )}
        {started?.channel === 'EMAIL' ? (
          <div className="card card__pad" data-testid="recovery-sent">
            <p className="notice notice--success" role="status">
              {t('recovery.emailSent')}
            </p>
            <p className="field__hint">{t('recovery.spamHint')}</p>
            <p className="field__hint">{t('recovery.changedContacts')}</p>
            <button type="button" className="button button--secondary" onClick={again}>
              {t('recovery.again')}
            </button>
          </div>
        ) : started?.channel === 'SMS' ? (
          <form className="register__form card card__pad" noValidate onSubmit={complete} aria-labelledby="recovery-title">
            <p className="notice notice--success" role="status" data-testid="code-sent">
              {t('recovery.smsSent')}
            </p>
            {field('code', step2.code, (v) => setStep2((s) => ({ ...s, code: v })), {
              inputMode: 'numeric',
              autoComplete: 'one-time-code',
              hint: t('registerPhone.codeHint'),
            })}
            {field('newPassword', step2.newPassword, (v) => setStep2((s) => ({ ...s, newPassword: v })), {
              type: 'password',
              autoComplete: 'new-password',
              hint: t('register.passwordHint'),
            })}
            {field('repeatPassword', step2.repeatPassword, (v) => setStep2((s) => ({ ...s, repeatPassword: v })), {
              type: 'password',
              autoComplete: 'new-password',
            })}
            {field('newUsername', step2.newUsername, (v) => setStep2((s) => ({ ...s, newUsername: v })), {
              autoComplete: 'username',
              optional: true,
              hint: t('recovery.newUsernameHint'),
            })}
            <button type="submit" className="button button--primary button--large" disabled={busy} aria-busy={busy || undefined}>
              {t('recovery.setPassword')}
            </button>
            <p className="field__hint">{t('recovery.changedContacts')}</p>
            <button type="button" className="button button--secondary" onClick={again}>
              {t('recovery.again')}
            </button>
          </form>
        ) : (
          <form className="register__form card card__pad" noValidate onSubmit={send} aria-labelledby="recovery-title">
            <fieldset className="recovery__channels">
              <legend className="field__label">{t('recovery.how')}</legend>
              {(['EMAIL', 'SMS'] as const).map((c) => (
                <label className="recovery__channel" key={c}>
                  <input
                    type="radio"
                    name="channel"
                    value={c}
                    checked={channel === c}
                    onChange={() => {
                      setChannel(c);
                      setErrors({});
                    }}
                  />
                  <span>
                    {t(`recovery.channel.${c}`)}
                    <span className="field__hint">{t(`recovery.channelHint.${c}`)}</span>
                  </span>
                </label>
              ))}
            </fieldset>
            {channel === 'EMAIL'
              ? field('identifier', start.identifier, (v) => setStart((s) => ({ ...s, identifier: v })), {
                  autoComplete: 'username',
                  hint: t('recovery.identifierHint'),
                })
              : (
                  <>
                    {field('accountNumber', start.accountNumber, (v) => setStart((s) => ({ ...s, accountNumber: v })), {
                    inputMode: 'numeric',
                    hint: t('register.example', { example: '1000 000 011' }),
                  })}
                    {field('phone', start.phone, (v) => setStart((s) => ({ ...s, phone: v })), {
                      type: 'tel',
                      inputMode: 'tel',
                      autoComplete: 'tel-national',
                      hint: t('registerPhone.phoneHint'),
                    })}
                  </>
                )}
            <div className={`field${errors.captcha ? ' field--invalid' : ''}`}>
              <Captcha
                onChange={(payload) => {
                  setCaptcha(payload);
                  if (payload) setErrors(({ captcha: _, ...rest }) => rest);
                }}
                resetKey={captchaReset}
                describedBy={errors.captcha ? `${formId}-captcha-error` : undefined}
              />
              {errors.captcha && (
                <p className="field__error" id={`${formId}-captcha-error`} data-testid="error-captcha">
                  {errors.captcha}
                </p>
              )}
            </div>
            <button type="submit" className="button button--primary button--large" disabled={busy} aria-busy={busy || undefined}>
              {channel === 'EMAIL' ? t('recovery.sendLink') : t('registerPhone.sendCode')}
            </button>
          </form>
        )}
        <p className="register__login">
          {t('register.haveLogin')} <a href={LOGIN}>{t('landing.login')}</a> · <Link to="/register">{t('landing.register')}</Link>
        </p>
      </section>
    </Shell>
  );
}
