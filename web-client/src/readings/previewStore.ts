/**
 * MT-7: the charge a reading produces, from billing's charge preview. Billing computes it
 * asynchronously (after Kafka), so a fresh reading is polled every second for up to ~30 s while
 * billing answers 404 `charge-preview-not-ready`; 404 `charge-preview-not-found` (a reading billing
 * will not price, or not one of this account's) ends the polling at once. One poller per reading,
 * shared by every view.
 */
import { useSyncExternalStore } from 'react';
import { billingApi, call } from '../api/client';
import { ApiError } from '../api/problem';
import type { ChargePreviewView } from '../api/types';

export type PreviewState =
  | { status: 'pending' }
  | { status: 'ready'; preview: ChargePreviewView }
  /** polled for the whole window without an answer */
  | { status: 'later' }
  /** not computed and not coming (billing says not found, or an old reading asked once) */
  | { status: 'none' }
  | { status: 'unavailable'; error: unknown };

export const POLL_INTERVAL_MS = 1000;
export const POLL_ATTEMPTS = 30;

interface Entry {
  state: PreviewState;
  listeners: Set<() => void>;
  polling: boolean;
}

const entries = new Map<string, Entry>();
const PENDING: PreviewState = { status: 'pending' };

function entryFor(readingId: string): Entry {
  let entry = entries.get(readingId);
  if (!entry) {
    entry = { state: PENDING, listeners: new Set(), polling: false };
    entries.set(readingId, entry);
  }
  return entry;
}

function publish(entry: Entry, state: PreviewState) {
  entry.state = state;
  for (const listener of entry.listeners) listener();
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function isNotReady(error: unknown): boolean {
  return error instanceof ApiError && error.status === 404 && (error.is('charge-preview-not-ready') || error.slug === '');
}

async function run(accountNumber: string, readingId: string, entry: Entry, attempts: number) {
  for (let attempt = 1; attempt <= attempts; attempt++) {
    try {
      const preview = await call(
        billingApi.GET('/v1/accounts/{number}/charge-previews/{readingId}', {
          params: { path: { number: accountNumber, readingId } },
        }),
      );
      publish(entry, { status: 'ready', preview });
      return;
    } catch (error) {
      if (error instanceof ApiError && error.kind === 'unauthorized') return;
      if (error instanceof ApiError && error.is('charge-preview-not-found')) {
        publish(entry, { status: 'none' });
        return;
      }
      if (!isNotReady(error)) {
        publish(entry, { status: 'unavailable', error });
        return;
      }
    }
    if (attempt < attempts) await sleep(POLL_INTERVAL_MS);
  }
  publish(entry, attempts > 1 ? { status: 'later' } : { status: 'none' });
}

/**
 * Starts fetching the preview of a reading unless already done. `poll` = keep asking for a while
 * (a reading just submitted); otherwise ask once.
 */
export function watchPreview(accountNumber: string, readingId: string, poll: boolean): void {
  const entry = entryFor(readingId);
  if (entry.polling || entry.state.status === 'ready') return;
  if (!poll && entry.state.status !== 'pending') return; // already asked once
  entry.polling = true;
  if (entry.state.status !== 'pending') publish(entry, PENDING);
  void run(accountNumber, readingId, entry, poll ? POLL_ATTEMPTS : 1).finally(() => {
    entry.polling = false;
  });
}

export function usePreview(readingId: string): PreviewState {
  return useSyncExternalStore(
    (listener) => {
      const entry = entryFor(readingId);
      entry.listeners.add(listener);
      return () => entry.listeners.delete(listener);
    },
    () => entryFor(readingId).state,
  );
}

/** A reading recent enough that its preview may still be on its way. */
export function isFresh(submittedAt: string, now: number = Date.now()): boolean {
  const at = Date.parse(submittedAt);
  return Number.isFinite(at) && now - at < 2 * 60 * 1000;
}
