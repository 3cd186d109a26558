import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';

export interface AccountOption {
  number: string;
  address?: string;
}

/** "г. Москва, ул. Лесная, д. 5, кв. 12" -> "ул. Лесная, д. 5, кв. 12" (the city is the same for most). */
export function shortAddress(address: string | undefined): string {
  if (!address) return '';
  const parts = address.split(',').map((p) => p.trim());
  return parts.length > 2 && /^(г\.|город)\s/.test(parts[0]) ? parts.slice(1).join(', ') : address;
}

/**
 * ID-9: switch the active account; the URL `/accounts/:number` holds it. Only the resident's own
 * accounts are offered: a number typed into the URL that is not one of them (another resident's)
 * never joins the list, the switcher then asks to choose one instead.
 */
export function AccountSwitcher({ accounts, active }: { accounts: AccountOption[]; active: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const own = accounts.some((a) => a.number === active);
  return (
    <div className="account-switcher">
      <label className="account-switcher__label" htmlFor="account-switcher">
        {t('header.account')}
      </label>
      <div className="select">
        <select
          id="account-switcher"
          className="select__control"
          value={own ? active : ''}
          onChange={(e) => e.target.value && navigate(`/accounts/${encodeURIComponent(e.target.value)}`)}
        >
          {!own && (
            <option value="" disabled>
              {t('header.chooseAccount')}
            </option>
          )}
          {accounts.map((a) => (
            <option key={a.number} value={a.number}>
              {a.address ? `№ ${a.number} · ${shortAddress(a.address)}` : `№ ${a.number}`}
            </option>
          ))}
        </select>
      </div>
    </div>
  );
}
