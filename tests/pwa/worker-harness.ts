// Runs src/pwa/service-worker.js in a plain Node context with an in-memory CacheStorage, a list of open
// tabs and a server, so a test can install, activate and fetch through several releases' workers.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { createContext, runInContext } from 'node:vm';
import { serviceWorkerSource } from '../../vite-service-worker-plugin';

const template = readFileSync(path.resolve(import.meta.dirname, '../../src/pwa/service-worker.js'), 'utf8');
const origin = 'https://trainer.test';

// A worker resolves relative addresses against its own location.
class WorkerRequest extends Request {
  constructor(input: RequestInfo | URL, init?: RequestInit) {
    super(typeof input === 'string' ? new URL(input, origin) : input, init);
  }
}

type Stored = { url: string; response: Response; vary: string[]; requestHeaders: Headers };

const absolute = (request: RequestInfo) => new URL(typeof request === 'string' ? request : request.url, origin).href;

// Honours Vary unless told to ignore it, as browsers' caches do.
class MemoryCache {
  readonly entries = new Map<string, Stored>();
  async match(request: RequestInfo, options?: { ignoreVary?: boolean }) {
    const entry = this.entries.get(absolute(request));
    if (!entry) return undefined;
    const headers = typeof request === 'string' ? new Headers() : request.headers;
    const varied = entry.vary.some((name) => headers.get(name) !== entry.requestHeaders.get(name));
    return varied && !options?.ignoreVary ? undefined : entry.response.clone();
  }
  async put(request: RequestInfo, response: Response) {
    const headers = typeof request === 'string' ? new Headers() : request.headers;
    const vary = (response.headers.get('Vary') ?? '')
      .split(',')
      .map((name) => name.trim())
      .filter(Boolean);
    this.entries.set(absolute(request), { url: absolute(request), response, vary, requestHeaders: headers });
  }
  async addAll(requests: Request[]) {
    for (const request of requests) {
      const response = await harnessFetch(request);
      if (!response.ok) throw new TypeError(`${request.url} answered ${response.status}`);
      await this.put(request, response);
    }
  }
  async keys() {
    return [...this.entries.keys()].map((url) => new Request(url));
  }
  async delete(request: RequestInfo) {
    return this.entries.delete(absolute(request));
  }
}

class MemoryCacheStorage {
  readonly stores = new Map<string, MemoryCache>();
  async open(name: string) {
    if (!this.stores.has(name)) this.stores.set(name, new MemoryCache());
    return this.stores.get(name)!;
  }
  async keys() {
    return [...this.stores.keys()];
  }
  async delete(name: string) {
    return this.stores.delete(name);
  }
  async match(request: RequestInfo, options?: { ignoreVary?: boolean }) {
    for (const store of this.stores.values()) {
      const hit = await store.match(request, options);
      if (hit) return hit;
    }
    return undefined;
  }
}

/** What the host serves now: path -> body. Anything else answers 404. */
const server = new Map<string, string>();
export const fetched: Request[] = [];
async function harnessFetch(request: RequestInfo) {
  const req = request instanceof Request ? request : new Request(absolute(request));
  fetched.push(req);
  const body = server.get(new URL(req.url).pathname);
  return body === undefined
    ? new Response('', { status: 404 })
    : new Response(body, { headers: { Vary: 'Origin', 'Content-Type': 'text/plain' } });
}

export const caches = new MemoryCacheStorage();
/** Ids of the tabs (window clients) open now. */
export const openTabs = new Set<string>();
export const registration: { installing: unknown; waiting: unknown } = { installing: null, waiting: null };

/** Replaces the host's files with a release: index.html at '/' and its other files. */
export function deploy(files: Record<string, string>) {
  server.clear();
  for (const [file, body] of Object.entries(files)) server.set(file, body);
}

export function resetHarness() {
  caches.stores.clear();
  openTabs.clear();
  server.clear();
  fetched.length = 0;
  Object.assign(registration, { installing: null, waiting: null });
}

type Listener = (event: Record<string, unknown>) => void;

/** One release's worker, loaded from the template with its files; dispatches events and awaits their work. */
export function loadWorker(files: string[]) {
  const listeners = new Map<string, Listener>();
  const self = {
    addEventListener: (type: string, listener: Listener) => listeners.set(type, listener),
    skipWaiting: async () => undefined,
    location: new URL('/sw.js', origin),
    registration,
    clients: {
      claim: async () => undefined,
      matchAll: async () => [...openTabs].map((id) => ({ id })),
    },
  };
  const source = serviceWorkerSource(template, files);
  runInContext(
    source,
    createContext({ self, caches, fetch: harnessFetch, Request: WorkerRequest, Response, URL, JSON, Date }),
  );
  const dispatch = async (type: string, fields: Record<string, unknown> = {}) => {
    const work: Promise<unknown>[] = [];
    let response: Promise<Response> | undefined;
    listeners.get(type)?.({
      ...fields,
      waitUntil: (promise: Promise<unknown>) => work.push(promise),
      respondWith: (promise: Promise<Response>) => (response = promise),
    });
    const answer = await response;
    await Promise.all(work);
    return answer;
  };
  const version = /const version = "([^"]+)"/.exec(source)![1]!;
  return {
    cacheName: `mock-audit-trainer-${version}`,
    install: () => dispatch('install'),
    activate: () => dispatch('activate'),
    message: (data: string) => dispatch('message', { data }),
    /** Opens (or reloads into) a tab with this id at a path of the app. */
    navigate: (tab: string, pathname = '/') => {
      // Scripts may not construct a navigation request, so this stands in for one.
      const url = new URL(pathname, origin).href;
      return dispatch('fetch', { request: { method: 'GET', mode: 'navigate', url }, resultingClientId: tab });
    },
    get: (pathname: string, headers: Record<string, string> = {}) =>
      dispatch('fetch', { request: new Request(new URL(pathname, origin), { headers }) }),
  };
}
