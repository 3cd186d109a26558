import { createElement, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

/** identity-service's self-hosted ALTCHA challenge, through the gateway (open to visitors). */
export const CHALLENGE_URL = '/api/identity/v1/captcha/challenge';

interface Props {
  /** The solution (base64 payload) once solved; null while unsolved, expired or reset. */
  onChange: (payload: string | null) => void;
  /** Changing it resets the widget and solves a new challenge (a solution serves one form only). */
  resetKey: number;
  /** id of the element that explains a captcha problem, for aria-describedby. */
  describedBy?: string;
}

type AltchaElement = HTMLElement & { reset?: () => void; verify?: () => Promise<void> };

/**
 * The ALTCHA proof-of-work captcha (ID-1, ADR 0011 §4): the `altcha` widget 2.x (the proof-of-work its Java library
 * 1.3.0 verifies), bundled and served by the gateway — no CDN, no inline style or script: the `external` build with its
 * stylesheet and its worker as a same-origin file (the gateway's CSP is `'self'` only). Loaded on demand, so pages
 * without a form do not carry it. Labels in the page's language.
 */
export function Captcha({ onChange, resetKey, describedBy }: Props) {
  const { t, i18n } = useTranslation();
  const ref = useRef<AltchaElement | null>(null);
  const [workerUrl, setWorkerUrl] = useState<string | null>(null);
  const changed = useRef(onChange);
  changed.current = onChange;

  useEffect(() => {
    let live = true;
    void Promise.all([
      import('altcha/external'),
      import('altcha/altcha.css'),
      import('altcha/worker?url'),
    ]).then(([, , worker]) => {
      if (live) setWorkerUrl(worker.default);
    });
    return () => {
      live = false;
    };
  }, []);

  useEffect(() => {
    const widget = ref.current;
    if (!widget) return;
    const listener = (event: Event) => {
      const detail = (event as CustomEvent<{ state: string; payload?: string }>).detail;
      changed.current(detail?.state === 'verified' && detail.payload ? detail.payload : null);
    };
    widget.addEventListener('statechange', listener);
    return () => widget.removeEventListener('statechange', listener);
  }, [workerUrl]);

  useEffect(() => {
    if (resetKey === 0) return;
    const widget = ref.current;
    changed.current(null);
    widget?.reset?.();
    void widget?.verify?.();
  }, [resetKey]);

  const strings = JSON.stringify({
    label: t('captcha.label'),
    verified: t('captcha.verified'),
    verifying: t('captcha.verifying'),
    waitAlert: t('captcha.waitAlert'),
    error: t('captcha.error'),
    expired: t('captcha.expired'),
    ariaLinkLabel: t('captcha.label'),
    footer: '',
  });

  if (!workerUrl) {
    return (
      <p className="field__hint" data-testid="captcha-loading">
        {t('captcha.loading')}
      </p>
    );
  }
  return createElement('altcha-widget', {
    ref,
    key: i18n.language,
    challengeurl: CHALLENGE_URL,
    workerurl: workerUrl,
    auto: 'onload',
    hidelogo: true,
    hidefooter: true,
    name: 'captcha',
    strings,
    'aria-describedby': describedBy,
    'data-testid': 'captcha',
  });
}
