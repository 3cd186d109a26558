import type { paths as PaymentPaths } from '../api/generated/payment';

export type RefundsView =
  PaymentPaths['/v1/accounts/{number}/payments/{id}/refunds']['get']['responses'][200]['content']['application/json'];
export type RefundView = RefundsView['requests'][number];
export type RefundStatus = RefundView['status'];
export type FiscalReceiptView =
  PaymentPaths['/v1/fiscal-receipts/{paymentId}']['get']['responses'][200]['content']['application/json'];

/** How a refund's status reads (PY-9): open ones pending, done ones success, refusals danger. */
export const REFUND_TONE: Record<RefundStatus, string> = {
  REFUND_REQUESTED: 'badge--pending',
  APPROVED: 'badge--pending',
  REFUNDED: 'badge--success',
  REFUND_REJECTED: 'badge--danger',
  REFUND_FAILED: 'badge--danger',
};
