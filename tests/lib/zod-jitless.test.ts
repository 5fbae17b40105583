import { expect, it } from 'vitest';

it('turns off zod’s compiled parsers before zod loads, so no schema probes for eval', async () => {
  await import('@/lib/zod-jitless');
  const { z } = await import('zod');
  expect(z.config().jitless).toBe(true);
});
