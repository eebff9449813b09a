// @vitest-environment jsdom
/**
 * The live section before any library loads: what it says at first, on a
 * static host (the build's placeholder answers the probe), and in Korean.
 * Connecting to the real servers is the browser spec's job (tests/e2e/socketio.spec.ts).
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, screen } from '@testing-library/svelte';
import { renderComponent as render } from '../fixtures/renderComponent';
import { loadLanguage } from '../../i18n/realtimeLive';
import RealtimeLivePanel from './RealtimeLivePanel.svelte';

afterEach(() => vi.unstubAllGlobals());

describe('RealtimeLivePanel', () => {
  it('says nothing is loaded until Connect, with the echo button disabled', () => {
    render(RealtimeLivePanel, {});
    expect(screen.getByRole('status').textContent).toMatch(/Nothing is loaded yet/);
    expect(screen.getByRole('button', { name: 'Send an echo' })).toBeDisabled();
    expect(screen.getByTestId('transport-path').textContent).toBe('none yet');
  });

  it('says it needs the server when the probe gets the static build\'s placeholder', async () => {
    const fetcher = vi.fn(async () => new Response('{"live":false,"message":"A static copy"}', { status: 200 }));
    vi.stubGlobal('fetch', fetcher);
    render(RealtimeLivePanel, {});
    await fireEvent.click(screen.getByRole('radio', { name: 'SockJS' }));
    await fireEvent.click(screen.getByRole('button', { name: 'Connect' }));
    expect(await screen.findByText(/This section needs Socket Lab’s own server/)).toBeInTheDocument();
    expect(fetcher).toHaveBeenCalledWith('/sockjs/echo/info');
  });

  it('speaks Korean with lang="ko"', async () => {
    await loadLanguage('ko');
    render(RealtimeLivePanel, { lang: 'ko' as const });
    expect(screen.getByRole('button', { name: '연결' })).toBeInTheDocument();
    expect(screen.getByRole('checkbox', { name: '웹소켓 차단' })).toBeInTheDocument();
  });
});
