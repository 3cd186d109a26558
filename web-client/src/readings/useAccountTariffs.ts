import { billingApi, call } from '../api/client';
import type { TariffRow } from '../billing/model';
import { useAsync } from '../ui/useAsync';

/**
 * MT-2: billing's tariffs of the account, once per account page, for the price each reading form shows: the rows, or
 * `null` when billing did not answer (the form then says the price is unavailable; submitting does not depend on it),
 * `undefined` while loading.
 */
export function useAccountTariffs(number: string): TariffRow[] | null | undefined {
  const tariffs = useAsync(
    async () =>
      (await call(billingApi.GET('/v1/accounts/{number}/tariffs', { params: { path: { number } } }))).tariffs as TariffRow[],
    [number],
  );
  if (tariffs.error) return null;
  return tariffs.data;
}
