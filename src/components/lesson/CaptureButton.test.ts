// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, screen, waitFor } from '@testing-library/svelte';
import { renderComponent as render } from '../fixtures/renderComponent';
import CaptureButton from './CaptureButton.svelte';
import { loadLanguage } from '../../i18n';
import { defaultParams, runScenario, timelineToPcapng } from '../../sim';

const timeline = runScenario('polling', { ...defaultParams('polling'), durationMs: 2000 });

afterEach(() => {
  vi.restoreAllMocks();
});

/** Stubs what jsdom lacks (object URLs) and catches the download link's click. */
function catchDownload() {
  const blobs: Blob[] = [];
  URL.createObjectURL = vi.fn((blob: Blob) => {
    blobs.push(blob);
    return 'blob:capture';
  });
  URL.revokeObjectURL = vi.fn();
  const clicked: HTMLAnchorElement[] = [];
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    clicked.push(this);
  });
  return { blobs, clicked };
}

/** A Blob's bytes (read with FileReader: jsdom's Blob has no arrayBuffer()). */
function bytesOf(blob: Blob): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer));
    reader.onerror = () => reject(reader.error);
    reader.readAsArrayBuffer(blob);
  });
}

describe('CaptureButton', () => {
  it('downloads the current timeline as the exporter’s pcapng bytes, named after the scenario and seed', async () => {
    const { blobs, clicked } = catchDownload();
    render(CaptureButton, { timeline: () => timeline, seed: 3 });
    await fireEvent.click(screen.getByRole('button', { name: 'Download capture (.pcapng)' }));
    await waitFor(() => expect(clicked).toHaveLength(1));
    expect(clicked[0]!.download).toBe('socket-lab-polling-seed3.pcapng');
    expect(clicked[0]!.href).toBe('blob:capture');
    expect(blobs[0]!.type).toBe('application/x-pcapng');
    expect(await bytesOf(blobs[0]!)).toEqual(timelineToPcapng(timeline, { seed: 3 }));
  });

  it('reads the timeline when clicked, not when drawn', async () => {
    const { blobs, clicked } = catchDownload();
    let current = timeline;
    render(CaptureButton, { timeline: () => current, seed: 1 });
    current = runScenario('long-polling', { ...defaultParams('long-polling'), durationMs: 2000 });
    await fireEvent.click(screen.getByRole('button'));
    await waitFor(() => expect(clicked).toHaveLength(1));
    expect(clicked[0]!.download).toBe('socket-lab-long-polling-seed1.pcapng');
    expect(await bytesOf(blobs[0]!)).toEqual(timelineToPcapng(current, { seed: 1 }));
  });

  it('says how to open the file in Wireshark, in Korean too', async () => {
    render(CaptureButton, { timeline: () => timeline, seed: 1 });
    expect(screen.getByRole('button')).toHaveAccessibleDescription(/Wireshark \(File → Open\)/);
    await loadLanguage('ko');
    render(CaptureButton, { timeline: () => timeline, seed: 1, lang: 'ko' as const });
    expect(screen.getByRole('button', { name: '캡처 다운로드 (.pcapng)' })).toHaveAccessibleDescription(/Wireshark에서 파일 → 열기/);
  });
});
