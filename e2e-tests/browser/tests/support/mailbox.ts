/**
 * ID-7: a spec's own login and mailbox. The login is created through Keycloak's Admin API as the local stack's
 * administrator; the letters are read from GreenMail's REST API (KABINET_GREENMAIL_API, 8025) as a resident reads
 * their mailbox.
 */
const keycloak = process.env.KABINET_KEYCLOAK_URL ?? 'http://localhost:8180';
const greenMail = process.env.KABINET_GREENMAIL_API ?? 'http://127.0.0.1:8025';

async function adminHeaders(): Promise<Record<string, string>> {
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
  return { Authorization: `Bearer ${token.access_token}`, 'Content-Type': 'application/json' };
}

/** Creates an enabled Russian-speaking login with a verified e-mail and a password. */
export async function createLogin(username: string, email: string, password: string): Promise<void> {
  const response = await fetch(`${keycloak}/admin/realms/kabinet/users`, {
    method: 'POST',
    headers: await adminHeaders(),
    body: JSON.stringify({
      username,
      email,
      emailVerified: true,
      firstName: 'Вера',
      lastName: 'Лебедева',
      enabled: true,
      attributes: { locale: ['ru'] },
      credentials: [{ type: 'password', value: password, temporary: false }],
    }),
  });
  if (response.status !== 201) throw new Error(`Keycloak refused the spec's login: ${response.status}`);
}

function bodyOf(mime: string): string {
  const split = mime.search(/\r?\n\r?\n/);
  const headers = mime.slice(0, split);
  const body = mime.slice(split).trim();
  return /Content-Transfer-Encoding:\s*base64/i.test(headers) ? Buffer.from(body, 'base64').toString('utf8') : body;
}

/** The token of the newest recovery link in the mailbox, waiting up to 20 s for the letter. */
export async function latestRecoveryToken(email: string): Promise<string> {
  for (let attempt = 0; attempt < 40; attempt++) {
    const response = await fetch(`${greenMail}/api/user/${encodeURIComponent(email)}/messages/INBOX`);
    if (response.ok) {
      const messages = (await response.json()) as { mimeMessage: string }[];
      const token = messages
        .map((m) => bodyOf(m.mimeMessage).match(/#token=([A-Za-z0-9_-]+)/)?.[1])
        .filter(Boolean)
        .at(-1);
      if (token) return token;
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`no recovery letter to ${email}`);
}
