/**
 * View types taken from the generated OpenAPI types by path and status (not by schema name), so
 * replacing a hand-written snapshot with a service's real spec keeps these names stable.
 */
import type { paths as AccountPaths } from './generated/account';
import type { paths as BillingPaths } from './generated/billing';
import type { paths as MeteringPaths } from './generated/metering';
import type { paths as NotificationPaths } from './generated/notification';

type Body<R> = R extends { content: infer C } ? C[keyof C] : never;
type Success<Op> = Op extends { responses: infer Rs }
  ? 200 extends keyof Rs
    ? Body<Rs[200]>
    : 201 extends keyof Rs
      ? Body<Rs[201]>
      : never
  : never;

export type AccountView = Success<AccountPaths['/v1/accounts/{number}']['get']>;
export type MeterView = Success<MeteringPaths['/v1/accounts/{number}/meters']['get']>[number];
export type ReadingView = Success<MeteringPaths['/v1/accounts/{number}/meters/{meterId}/readings']['post']>;
export type ReadingStatus = ReadingView['status'];
export type ChargePreviewView = Success<
  BillingPaths['/v1/accounts/{number}/charge-previews/{readingId}']['get']
>;
export type MessageView = Success<NotificationPaths['/v1/accounts/{number}/messages']['get']>[number];
export type DeliveryView = Success<NotificationPaths['/v1/accounts/{number}/deliveries']['get']>[number];
export type SubmissionWindowView = Success<MeteringPaths['/v1/submission-window']['get']>;
export type CommonHouseMeterView = Success<MeteringPaths['/v1/accounts/{number}/common-house-meters']['get']>[number];
export type ManualReadingRefusal = NonNullable<MeterView['manualReadingRefusal']>;
