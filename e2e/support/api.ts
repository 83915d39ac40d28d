import { DEMO_PASSWORD } from './server.ts';

/** What the API answered: the status and the parsed body (null when it was not JSON). */
export interface ApiAnswer {
  status: number;
  body: unknown;
}

/**
 * A signed-in API session for setting up what a test needs and for probing what the API answers a person,
 * outside the browser: the session cookie and the CSRF token the server gave at sign-in.
 */
export class ApiSession {
  readonly url: string;
  private readonly cookie: string;
  private readonly csrfToken: string;

  private constructor(url: string, cookie: string, csrfToken: string) {
    this.url = url;
    this.cookie = cookie;
    this.csrfToken = csrfToken;
  }

  static async signIn(url: string, username: string, totp?: string): Promise<ApiSession> {
    const response = await fetch(`${url}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username, password: DEMO_PASSWORD, ...(totp ? { totp } : {}) }),
    });
    if (!response.ok) throw new Error(`sign-in of ${username}: ${response.status} ${await response.text()}`);
    const me = (await response.json()) as { csrfToken: string };
    const cookie = response.headers
      .getSetCookie()
      .map((c) => c.split(';')[0])
      .join('; ');
    return new ApiSession(url, cookie, me.csrfToken);
  }

  async request(method: string, path: string, body?: unknown): Promise<ApiAnswer> {
    const response = await fetch(`${this.url}${path}`, {
      method,
      headers: {
        cookie: this.cookie,
        ...(method === 'GET' ? {} : { 'x-csrf-token': this.csrfToken }),
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const text = await response.text();
    let parsed: unknown = null;
    try {
      parsed = JSON.parse(text);
    } catch {
      parsed = null;
    }
    return { status: response.status, body: parsed };
  }
}
