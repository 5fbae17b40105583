import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it, vi } from 'vitest';
import { Router } from 'wouter';
import { memoryLocation } from 'wouter/memory-location';
import { ErrorBoundary } from '@/components/error-boundary';
import { ErrorPage } from '@/components/error-page';
import { createI18n } from '@/i18n/i18n';

let shouldThrow = true;
function Fragile() {
  if (shouldThrow) throw new Error('boom');
  return <p>recovered</p>;
}

function Harness() {
  const [key] = useState('a');
  return (
    <ErrorBoundary resetKey={key} fallback={(reset) => <ErrorPage onRetry={reset} />}>
      <Fragile />
    </ErrorBoundary>
  );
}

describe('error boundary', () => {
  it('shows the friendly error page instead of a blank screen, and can retry', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    shouldThrow = true;
    render(
      <I18nextProvider i18n={createI18n('en')}>
        <Router hook={memoryLocation({ path: '/' }).hook}>
          <Harness />
        </Router>
      </I18nextProvider>,
    );
    expect(screen.getByRole('alert')).toHaveTextContent('Something went wrong');
    expect(screen.getByRole('link', { name: 'Go to the start page' })).toHaveAttribute('href', '/');
    shouldThrow = false;
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(screen.getByText('recovered')).toBeInTheDocument();
  });
});
