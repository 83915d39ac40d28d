import createClient, { type Middleware } from 'openapi-fetch';
import { currentLanguage } from '../i18n/index.ts';
import type { components, paths } from './schema';

export type Schemas = components['schemas'];

/** A refusal from the API: its stable code, the localised message and per-field details. */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly details: unknown;
  constructor(status: number, code: string, message: string, details?: unknown) {
    super(message);
    this.status = status;
    this.code = code;
    this.details = details;
  }

  /** The message for one field, when the API named it. */
  fieldMessage(field: string): string | undefined {
    if (!Array.isArray(this.details)) return undefined;
    const found = this.details.find((d: { field?: string }) => d.field === field) as
      | { message?: string }
      | undefined;
    return found?.message;
  }
}

let csrfToken: string | null = null;
/** Remembers the CSRF token the server gave with the session, for every write. */
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

type Listener = () => void;
const sessionLostListeners = new Set<Listener>();
/** Called when the server says the session is gone, so the app can show the sign-in page. */
export function onSessionLost(listener: Listener): () => void {
  sessionLostListeners.add(listener);
  return () => sessionLostListeners.delete(listener);
}

const middleware: Middleware = {
  onRequest({ request }) {
    request.headers.set('accept-language', currentLanguage());
    if (csrfToken && request.method !== 'GET') request.headers.set('x-csrf-token', csrfToken);
    return request;
  },
  async onResponse({ response, request }) {
    if (response.status === 401 && !request.url.endsWith('/api/v1/auth/login')) {
      for (const listener of sessionLostListeners) listener();
    }
    return response;
  },
};

export const api = createClient<paths>({ baseUrl: '', credentials: 'same-origin' });
api.use(middleware);

interface FetchResult<T> {
  data?: T;
  error?: unknown;
  response: Response;
}

/** The data of a response, or an ApiError carrying the server's localised message. */
export async function unwrap<T>(call: Promise<FetchResult<T>>): Promise<T> {
  let result: FetchResult<T>;
  try {
    result = await call;
  } catch {
    throw new ApiError(0, 'NETWORK', '');
  }
  if (result.response.ok) return result.data as T;
  const body = result.error as { error?: { code?: string; message?: string; details?: unknown } } | undefined;
  throw new ApiError(
    result.response.status,
    body?.error?.code ?? 'INTERNAL',
    body?.error?.message ?? '',
    body?.error?.details,
  );
}

/** Uploads one file as multipart form data (openapi-fetch has no file bodies); answers like `unwrap`. */
export async function uploadFile<T>(url: string, field: string, file: File): Promise<T> {
  const form = new FormData();
  form.append(field, file);
  const headers: Record<string, string> = { 'accept-language': currentLanguage() };
  if (csrfToken) headers['x-csrf-token'] = csrfToken;
  let response: Response;
  try {
    response = await fetch(url, { method: 'POST', body: form, headers, credentials: 'same-origin' });
  } catch {
    throw new ApiError(0, 'NETWORK', '');
  }
  const body = (await response.json().catch(() => null)) as {
    error?: { code?: string; message?: string; details?: unknown };
  } | null;
  if (response.ok) return body as T;
  throw new ApiError(
    response.status,
    body?.error?.code ?? 'INTERNAL',
    body?.error?.message ?? '',
    body?.error?.details,
  );
}
