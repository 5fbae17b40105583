import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Suspense, useEffect } from 'react';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it, vi } from 'vitest';
import { InterviewOwnership } from '@/features/rehearse/session/interview-ownership';
import { createI18n } from '@/i18n/i18n';
import { registerReloadGuard } from '@/lib/reload-guard';

vi.setConfig({ testTimeout: 20_000 });
const slow = { timeout: 10_000 };
const i18n = createI18n('en');

function deferred() {
  let resolve!: () => void;
  let reject!: (error: Error) => void;
  const promise = new Promise<void>((res, rej) => ((resolve = res), (reject = rej)));
  return { promise, resolve, reject };
}

/** Stands in for the interview session: open work that saves through a reload guard, and a log of its life. */
function Session({ name, save, log }: { name: string; save: () => Promise<void>; log: string[] }) {
  useEffect(() => {
    log.push(`${name} runs`);
    const unregister = registerReloadGuard(save);
    return () => {
      unregister();
      log.push(`${name} stops`);
    };
  }, [name, save, log]);
  return <p>{`session ${name}`}</p>;
}

// Two gates in one page behave like two tabs: each has its own tab id, and jsdom (no Web Locks API) gives
// them the heartbeat lock in the shared localStorage and a BroadcastChannel each.
function openTab(name: string, save: () => Promise<void>, log: string[]) {
  const reload = vi.fn(async () => void log.push(`${name} reloads`));
  const { container } = render(
    <I18nextProvider i18n={i18n}>
      <Suspense fallback={null}>
        <InterviewOwnership attemptId="attempt-1" enabled reload={reload}>
          <Session name={name} save={save} log={log} />
        </InterviewOwnership>
      </Suspense>
    </I18nextProvider>,
  );
  return { view: within(container as HTMLElement), reload };
}

describe('InterviewOwnership', () => {
  it('runs the interview in one tab; "Continue here" waits for its save, stops it, then resumes here', async () => {
    const user = userEvent.setup();
    const log: string[] = [];
    const saveA = deferred();
    const a = openTab('A', () => saveA.promise, log);
    expect(await a.view.findByText('session A', {}, slow)).toBeInTheDocument();

    const b = openTab('B', () => Promise.resolve(), log);
    expect(
      await b.view.findByRole('heading', { name: 'This interview is open in another tab' }, slow),
    ).toBeInTheDocument();
    expect(b.view.queryByText('session B')).not.toBeInTheDocument();

    await user.click(b.view.getByRole('button', { name: 'Continue here' }));
    expect(await a.view.findByRole('status', {}, slow)).toHaveTextContent('Saving your answers');
    expect(a.view.getByText('session A').closest('[inert]')).not.toBeNull();
    expect(b.view.getByRole('button', { name: 'Continue here' })).toBeDisabled();
    expect(log).toEqual(['A reloads', 'A runs']);

    saveA.resolve();
    expect(
      await a.view.findByRole('heading', { name: 'This interview continues in another tab' }, slow),
    ).toBeInTheDocument();
    expect(await b.view.findByText('session B', {}, slow)).toBeInTheDocument();
    expect(a.view.queryByText('session A')).not.toBeInTheDocument();
    expect(log).toEqual(['A reloads', 'A runs', 'A stops', 'B reloads', 'B runs']);
  });

  it('keeps the interview in a tab whose save fails, until the other tab takes it after its timeout', async () => {
    const user = userEvent.setup();
    const log: string[] = [];
    const a = openTab('A', () => Promise.reject(new Error('The device is full')), log);
    await a.view.findByText('session A', {}, slow);
    const b = openTab('B', () => Promise.resolve(), log);
    await user.click(await b.view.findByRole('button', { name: 'Continue here' }, slow));

    await vi.waitFor(() => expect(a.view.queryByRole('status')).not.toBeInTheDocument());
    expect(a.view.getByText('session A').closest('[inert]')).toBeNull();
    expect(b.view.queryByText('session B')).not.toBeInTheDocument();

    expect(await b.view.findByText('session B', {}, slow)).toBeInTheDocument();
    expect(
      await a.view.findByRole('heading', { name: 'This interview continues in another tab' }, slow),
    ).toBeInTheDocument();
    // Taken by force, so B does not wait for A; A stops as soon as it hears of it, and writes nothing more.
    expect(log.slice(-3).sort()).toEqual(['A stops', 'B reloads', 'B runs']);
    expect(log.indexOf('B runs')).toBeGreaterThan(log.indexOf('B reloads'));
  });

  it('runs the interview at once in a restarted browser whose killed one left its claim behind', async () => {
    // A SIGKILL (or a quit that skips pagehide) leaves the last heartbeat claim in localStorage, fresh, on the
    // profile: the tab opened after the restart is the learner's only tab and must not ask for "Continue here".
    localStorage.setItem('mat-tab-lock:mat-interview-attempt-3', JSON.stringify({ tab: 'killed', at: Date.now() }));
    const log: string[] = [];
    const reload = vi.fn(async () => void log.push('A reloads'));
    const { container } = render(
      <I18nextProvider i18n={i18n}>
        <InterviewOwnership attemptId="attempt-3" enabled reload={reload}>
          <Session name="A" save={() => Promise.resolve()} log={log} />
        </InterviewOwnership>
      </I18nextProvider>,
    );
    const view = within(container as HTMLElement);
    expect(await view.findByText('session A', {}, { timeout: 3_000 })).toBeInTheDocument();
    expect(view.queryByRole('button', { name: 'Continue here' })).not.toBeInTheDocument();
    expect(log).toEqual(['A reloads', 'A runs']);
  });

  it('lets any number of tabs show a finished interview', async () => {
    const log: string[] = [];
    const reload = vi.fn(async () => undefined);
    for (const name of ['A', 'B'])
      render(
        <I18nextProvider i18n={i18n}>
          <InterviewOwnership attemptId="attempt-2" enabled={false} reload={reload}>
            <Session name={name} save={() => Promise.resolve()} log={log} />
          </InterviewOwnership>
        </I18nextProvider>,
      );
    expect(screen.getByText('session A')).toBeInTheDocument();
    expect(screen.getByText('session B')).toBeInTheDocument();
    expect(reload).not.toHaveBeenCalled();
  });
});
