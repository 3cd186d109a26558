import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Plays the utility's back office for a spec: publishes a `backoffice.AccountUpserted.v1` record (the shape of
 * contracts/events/backoffice.AccountUpserted.v1.example.json) on `backoffice.accounts`, so a spec can work on an
 * account nobody is linked to yet. Uses Kafka's own client (the local stack's jars, `.kabinet/dist/kafka/libs`, or
 * KABINET_KAFKA_LIBS) through a single-file Java program; the broker is KABINET_KAFKA_BOOTSTRAP (127.0.0.1:9092).
 */
const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../../../..');
const kafkaLibs = process.env.KABINET_KAFKA_LIBS ?? path.join(root, '.kabinet/dist/kafka/libs');
const bootstrap = process.env.KABINET_KAFKA_BOOTSTRAP ?? '127.0.0.1:9092';
const java = process.env.JAVA_HOME ? path.join(process.env.JAVA_HOME, 'bin/java') : 'java';

export interface NewAccount {
  number: string;
  ownerName: string;
  meterSerial: string;
  /** E.164; the account's phone on record (ID-3). */
  phone?: string;
}

/** A 10-digit account number starting 97 that no demo or earlier run uses. */
export function freshAccountNumber(): string {
  return `97${String(Date.now() % 100_000_000).padStart(8, '0')}`;
}

export function publishAccount(account: NewAccount): void {
  const record = {
    accountNumber: account.number,
    revision: 1,
    changedAt: new Date().toISOString(),
    ownerName: account.ownerName,
    address: 'г. Тверь, пр. Мира, д. 1, кв. 7',
    flatNumber: '7',
    flatArea: '41.20',
    houseArea: '2900.00',
    rooms: 1,
    residents: 1,
    phone: account.phone ?? '+7 (916) 000-00-07',
    email: 'e2e@kabinet.local',
    preferences: { smsInforming: false, emailInforming: false, billDelivery: 'PAPER' },
    services: ['ELECTRICITY'],
    chargeLines: [{ code: 'EL', service: 'ELECTRICITY', kind: 'CONSUMPTION', name: 'Электроэнергия' }],
    meters: [
      {
        id: Number(account.number.slice(-6)) + 1,
        serialNumber: account.meterSerial,
        service: 'ELECTRICITY',
        zones: ['T1'],
        digitCapacity: 6,
        decimals: 1,
        verificationDue: '2035-06-30',
        remoteRead: false,
        retired: false,
      },
    ],
  };
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'kabinet-e2e-')), 'account.json');
  writeFileSync(file, JSON.stringify(record));
  execFileSync(
    java,
    [
      '-cp',
      `${kafkaLibs}/*`,
      path.join(here, 'PublishEvent.java'),
      bootstrap,
      'backoffice.accounts',
      account.number,
      'backoffice.AccountUpserted.v1',
      file,
    ],
    { stdio: 'inherit', timeout: 60_000 },
  );
}

const keycloak = process.env.KABINET_KEYCLOAK_URL ?? 'http://localhost:8180';

/** Removes a login a spec registered (Keycloak's Admin API as the local stack's administrator). */
export async function removeLogin(username: string): Promise<void> {
  const token = await fetch(`${keycloak}/realms/master/protocol/openid-connect/token`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({
      grant_type: 'password',
      client_id: 'admin-cli',
      username: process.env.KC_BOOTSTRAP_ADMIN_USERNAME ?? 'admin',
      password: process.env.KC_BOOTSTRAP_ADMIN_PASSWORD ?? 'admin',
    }),
  }).then((r) => r.json() as Promise<{ access_token: string }>);
  const auth = { Authorization: `Bearer ${token.access_token}` };
  const users = (await fetch(`${keycloak}/admin/realms/kabinet/users?exact=true&username=${encodeURIComponent(username)}`, {
    headers: auth,
  }).then((r) => r.json())) as { id: string }[];
  for (const user of users) {
    await fetch(`${keycloak}/admin/realms/kabinet/users/${user.id}`, { method: 'DELETE', headers: auth });
  }
}

const smsSink = process.env.KABINET_SMS_SINK_URL ?? 'http://127.0.0.1:8026';

/** The latest 6-digit code the SMS sink holds for the phone (E.164), as the resident reads it on their phone. */
export async function latestSmsCode(phone: string): Promise<string> {
  const messages = (await fetch(`${smsSink}/api/inbox/${encodeURIComponent(phone)}`).then((r) => r.json())) as {
    text: string;
  }[];
  const code = messages.at(-1)?.text.match(/\b([0-9]{6})\b/)?.[1];
  if (!code) throw new Error(`no SMS code for ${phone} in the sink`);
  return code;
}

export interface TakenReading {
  readingId: string;
  accountNumber: string;
  meterId: number;
  values: Record<string, string>;
  takenAt: string;
  channel: 'OFFICE' | 'CONTROLLER' | 'PAYMENT' | 'BACK_OFFICE';
}

/**
 * Plays the back office taking a reading outside the portal (BO-2): a `backoffice.ReadingTaken.v1` record (the shape
 * of contracts/events/backoffice.ReadingTaken.v1.example.json) on `backoffice.readings`, which metering keeps as the
 * meter's accepted history. Publish it once metering holds the meter (the account's page shows it).
 */
export function publishReadingTaken(reading: TakenReading): void {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'kabinet-e2e-')), 'reading.json');
  writeFileSync(file, JSON.stringify(reading));
  execFileSync(
    java,
    [
      '-cp',
      `${kafkaLibs}/*`,
      path.join(here, 'PublishEvent.java'),
      bootstrap,
      'backoffice.readings',
      reading.accountNumber,
      'backoffice.ReadingTaken.v1',
      file,
    ],
    { stdio: 'inherit', timeout: 60_000 },
  );
}
