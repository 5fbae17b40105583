import { beforeEach, describe, expect, it } from 'vitest';
import { caches, deploy, fetched, loadWorker, openTabs, registration, resetHarness } from './worker-harness';

const release1 = { '/': 'index v1', '/assets/index-1.js': 'entry v1', '/assets/progress-1.js': 'progress v1' };
const release2 = { '/': 'index v2', '/assets/index-2.js': 'entry v2', '/assets/progress-2.js': 'progress v2' };
const filesOf = (release: Record<string, string>) =>
  Object.keys(release)
    .filter((file) => file !== '/')
    .map((file) => file.slice(1));

async function text(response: Response | undefined) {
  return response ? `${response.status} ${await response.text()}` : 'no response';
}

/** Installs and activates a release's worker, as a first visit or "Update now" does. */
async function release(files: Record<string, string>) {
  deploy(files);
  const worker = loadWorker(filesOf(files));
  registration.installing = worker;
  await worker.install();
  registration.installing = null;
  await worker.activate();
  return worker;
}

const releaseCaches = () => [...caches.stores.keys()].filter((name) => name.startsWith('mock-audit-trainer-'));

beforeEach(resetHarness);

describe('service worker', () => {
  it('precaches every file of its release, asking the server rather than the browser cache', async () => {
    const worker = await release(release1);
    expect(fetched.map((request) => [new URL(request.url).pathname, request.cache])).toEqual([
      ['/', 'no-cache'],
      ['/assets/index-1.js', 'no-cache'],
      ['/assets/progress-1.js', 'no-cache'],
    ]);
    expect(releaseCaches()).toEqual([worker.cacheName]);
  });

  it('answers every address with its index.html, and module scripts whatever the server varies on', async () => {
    const worker = await release(release1);
    deploy({});
    expect(await text(await worker.navigate('tab-a', '/rehearse/attempt/1'))).toBe('200 index v1');
    // Chromium sends Origin with module scripts; the precache was filled without one.
    expect(await text(await worker.get('/assets/index-1.js', { Origin: 'https://trainer.test' }))).toBe('200 entry v1');
  });

  it('keeps the previous release for a tab still running it, and drops it once no open tab does', async () => {
    const first = await release(release1);
    openTabs.add('tab-a');
    await first.navigate('tab-a');

    deploy(release2);
    const second = loadWorker(filesOf(release2));
    registration.installing = second;
    await second.install();
    // A tab that starts while the new release waits prunes nothing: the waiting cache is not the old worker's.
    registration.installing = null;
    registration.waiting = second;
    await first.message('tab-started');
    expect(releaseCaches()).toEqual([first.cacheName, second.cacheName]);

    registration.waiting = null;
    await second.activate();
    expect(releaseCaches()).toEqual([first.cacheName, second.cacheName]);
    expect(await text(await second.get('/assets/progress-1.js'))).toBe('200 progress v1');

    // The tab reloads into the new release: a new page (a new client) replaces the old one.
    expect(await text(await second.navigate('tab-b'))).toBe('200 index v2');
    openTabs.delete('tab-a');
    openTabs.add('tab-b');
    await second.message('tab-started');
    expect(releaseCaches()).toEqual([second.cacheName]);
    expect(await text(await second.get('/assets/progress-2.js'))).toBe('200 progress v2');
  });

  it('keeps every release while a tab it has no record of is open', async () => {
    await release(release1);
    openTabs.add('loaded-from-the-network');
    const second = await release(release2);
    expect(releaseCaches()).toHaveLength(2);

    openTabs.clear();
    await second.message('tab-started');
    expect(releaseCaches()).toEqual([second.cacheName]);
  });

  it('falls back to the network for files no release has', async () => {
    const worker = await release(release1);
    deploy({ ...release1, '/extra.json': 'extra' });
    expect(await text(await worker.get('/extra.json'))).toBe('200 extra');
    expect(await text(await worker.get('/missing.js'))).toBe('404 ');
  });
});
