import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { accountApi, call } from '../api/client';
import { formatPhone } from '../account/details';
import { Shell } from '../layout/Shell';
import { useSession } from '../session/SessionProvider';
import { EmptyState, ErrorPanel, Spinner } from '../ui/feedback';
import { HomeIcon, ListIcon } from '../ui/icons';
import { useAsync } from '../ui/useAsync';
import { useDocumentTitle } from '../ui/useDocumentTitle';
import './help.css';

/** AC-6 pages anyone reads without logging in: the frame, with the resident's header when there is a session. */
function HelpShell({ titleKey, leadKey, children }: { titleKey: string; leadKey: string; children: ReactNode }) {
  const { t } = useTranslation();
  const { session } = useSession();
  useDocumentTitle(t(titleKey));
  return (
    <Shell me={session.status === 'authenticated' ? session.me : null}>
      <div className="help-page">
        <HelpNav />
        <h1 className="help-page__title" id="help-title">
          {t(titleKey)}
        </h1>
        <p className="help-page__lead">{t(leadKey)}</p>
        {children}
      </div>
    </Shell>
  );
}

/** The three help pages, the current one marked. */
export function HelpNav() {
  const { t } = useTranslation();
  const here = useLocation().pathname;
  const items = [
    ['/offices', 'help.offices'],
    ['/faq', 'help.faq'],
    ['/guide', 'help.guide'],
  ] as const;
  return (
    <nav className="help-nav" aria-label={t('help.nav')}>
      {items.map(([to, key]) => (
        <Link key={to} to={to} aria-current={here === to ? 'page' : undefined}>
          {t(key)}
        </Link>
      ))}
    </nav>
  );
}

/** `/offices`: the service offices with their addresses and working hours, and the utility's contacts (AC-6). */
export function OfficesPage() {
  const { t } = useTranslation();
  const offices = useAsync(() => call(accountApi.GET('/v1/offices')), []);
  const contacts = useAsync(() => call(accountApi.GET('/v1/contacts')), []);
  return (
    <HelpShell titleKey="help.officesTitle" leadKey="help.officesLead">
      <section className="section" aria-labelledby="contacts-title">
        <h2 className="section__title" id="contacts-title">
          {t('help.contacts')}
        </h2>
        {contacts.error ? (
          <ErrorPanel error={contacts.error} onRetry={contacts.reload} />
        ) : !contacts.data ? (
          <Spinner />
        ) : contacts.data.length === 0 ? (
          <EmptyState title={t('help.noContacts')} />
        ) : (
          <ul className="help-contacts" data-testid="contacts">
            {contacts.data.map((c) => (
              <li key={c.label} className="card help-card">
                <p className="help-card__name">{c.label}</p>
                {c.phone && (
                  <p>
                    <a href={`tel:${c.phone}`}>{formatPhone(c.phone)}</a>
                  </p>
                )}
                {c.email && (
                  <p>
                    <a href={`mailto:${c.email}`}>{c.email}</a>
                  </p>
                )}
                {c.hours && <p className="help-muted">{c.hours}</p>}
              </li>
            ))}
          </ul>
        )}
      </section>
      <section className="section" aria-labelledby="offices-title">
        <h2 className="section__title" id="offices-title">
          {t('help.officesList')}
        </h2>
        {offices.error ? (
          <ErrorPanel error={offices.error} onRetry={offices.reload} />
        ) : !offices.data ? (
          <Spinner />
        ) : offices.data.length === 0 ? (
          <EmptyState icon={<HomeIcon />} title={t('help.noOffices')} />
        ) : (
          <ul className="help-offices" data-testid="offices">
            {offices.data.map((office) => (
              <li key={office.id} className="card help-card" data-testid="office">
                <h3 className="help-card__name">{office.name}</h3>
                <address className="help-card__address">{office.address}</address>
                <h4 className="help-card__label">{t('help.hours')}</h4>
                <ul className="help-hours">
                  {office.hours.map((line) => (
                    <li key={line}>{line}</li>
                  ))}
                </ul>
                {office.phone && (
                  <p>
                    <span className="help-muted">{t('help.phone')}: </span>
                    <a href={`tel:${office.phone}`}>{formatPhone(office.phone)}</a>
                  </p>
                )}
                {office.note && <p className="help-muted">{office.note}</p>}
              </li>
            ))}
          </ul>
        )}
      </section>
    </HelpShell>
  );
}

/** `/faq`: every FAQ entry, grouped by appeal type, each answer behind its question (AC-6). */
export function FaqPage() {
  const { t } = useTranslation();
  const faq = useAsync(() => call(accountApi.GET('/v1/faq', {})), []);
  const groups = new Map<string, NonNullable<typeof faq.data>>();
  for (const entry of faq.data ?? []) {
    const list = groups.get(entry.type) ?? [];
    list.push(entry);
    groups.set(entry.type, list);
  }
  return (
    <HelpShell titleKey="help.faqTitle" leadKey="help.faqLead">
      {faq.error ? (
        <ErrorPanel error={faq.error} onRetry={faq.reload} />
      ) : !faq.data ? (
        <Spinner />
      ) : faq.data.length === 0 ? (
        <EmptyState icon={<ListIcon />} title={t('help.noFaq')} />
      ) : (
        [...groups.entries()].map(([type, entries]) => (
          <section key={type} className="section" aria-labelledby={`faq-${type}`} data-testid={`faq-${type}`}>
            <h2 className="section__title" id={`faq-${type}`}>
              {t(`appeals.types.${type}`, { defaultValue: type })}
            </h2>
            <div className="help-faq">
              {entries.map((entry) => (
                <details key={entry.id} className="card help-card">
                  <summary>{entry.question}</summary>
                  <p className="help-faq__answer">{entry.answer}</p>
                </details>
              ))}
            </div>
          </section>
        ))
      )}
    </HelpShell>
  );
}

const GUIDE_SECTIONS = ['register', 'accounts', 'readings', 'settlements', 'payment', 'help'] as const;

/** `/guide`: the user guide as a page that prints well (manual 001 offers it as a PDF: print or save as PDF). */
export function GuidePage() {
  const { t } = useTranslation();
  return (
    <HelpShell titleKey="help.guideTitle" leadKey="help.guideLead">
      <p>
        <button type="button" className="button button--secondary help-print" onClick={() => window.print()}>
          {t('help.print')}
        </button>
      </p>
      <ol className="help-guide">
        {GUIDE_SECTIONS.map((key) => (
          <li key={key} className="section" data-testid={`guide-${key}`}>
            <h2 className="section__title">{t(`help.guideSections.${key}.title`)}</h2>
            <p>{t(`help.guideSections.${key}.text`)}</p>
          </li>
        ))}
      </ol>
    </HelpShell>
  );
}
