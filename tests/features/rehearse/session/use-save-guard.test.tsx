import { renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useSaveGuard } from '@/features/rehearse/session/use-save-guard';
import { saveOpenWork } from '@/lib/reload-guard';

const render = (saving: boolean, failed: boolean) =>
  renderHook((props) => useSaveGuard(props.saving, props.failed), { initialProps: { saving, failed } });

describe('useSaveGuard', () => {
  it('lets a reload or hand-over go ahead at once when nothing is saving', async () => {
    render(false, false);
    await expect(saveOpenWork(1000)).resolves.toBe(true);
  });

  it('waits until the queued writes have committed', async () => {
    const { rerender } = render(true, false);
    let saved: boolean | undefined;
    const result = saveOpenWork(5000).then((value) => (saved = value));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(saved).toBeUndefined();
    rerender({ saving: false, failed: false });
    await expect(result).resolves.toBe(true);
  });

  it('holds the page as it is when the last save failed', async () => {
    const { rerender } = render(true, false);
    const result = saveOpenWork(5000);
    rerender({ saving: false, failed: true });
    await expect(result).resolves.toBe(false);
  });

  it('stops guarding once the interview is closed', async () => {
    const { unmount } = render(true, false);
    unmount();
    await expect(saveOpenWork(1000)).resolves.toBe(true);
  });
});
