import { describe, expect, it } from 'vitest';
import { languages, loadLanguage, registerDictionary, t } from './ws';
import './wsLesson';
import './sockets';
import { wsFields } from './en/wsFields';
import { wsFieldMeanings } from './en/wsFieldMeanings';
import { wsParams } from './en/wsParams';
import { tcpFields } from './en/tcpFields';
import { wsUi } from './en/wsUi';
import { captions, timers, wsCauses } from './en/captions';
import { fields } from './en/fields';
import { metrics } from './en/metrics';
import { player } from './en/player';
import { ui } from './en/ui';
import { socketCaptions, socketTimers } from './en/socketCaptions';
import { loadFieldMeanings } from './fieldMeanings.svelte';

const everyEnglishKey = [captions, timers, wsCauses, fields, metrics, player, ui, wsFields, wsFieldMeanings, wsParams, tcpFields, wsUi, socketCaptions, socketTimers].flatMap((d) => Object.keys(d));

// The order matters: the first test runs before Korean is loaded.
describe('t', () => {
  it('answers in English until the Korean dictionary has loaded', () => {
    expect(t('player.play', undefined, 'ko')).toBe('Play');
  });

  it('answers in Korean once loadLanguage("ko") resolves, for the built-in areas and the registered WebSocket ones', async () => {
    await loadLanguage('ko');
    expect(t('player.play', undefined, 'ko')).toBe('재생');
    expect(t('params.fault', undefined, 'ko')).toBe('장애 주입');
    expect(t('wsui.chapter.handshake', undefined, 'ko')).toBe('핸드셰이크');
    expect(t('player.play')).toBe('Play');
  });

  it('has a Korean string, different from the key, for every English key of every area', async () => {
    await loadFieldMeanings('ko');
    const missing = everyEnglishKey.filter((key) => t(key, undefined, 'ko') === key);
    expect(missing).toEqual([]);
  });

  it('fills placeholders in Korean and keeps protocol tokens as they are', async () => {
    await loadLanguage('ko');
    expect(t('inspector.totals', { total: 120, header: 100, payload: 20 }, 'ko')).toBe('120바이트: 헤더 100 + 페이로드 20');
    expect(t('wserr.handshake.notSwitchingProtocols', { status: 403 }, 'ko')).toContain('101 Switching Protocols');
  });

  it('falls back to English for a key that has no Korean yet', async () => {
    registerDictionary({ 'test.englishOnly': 'Only in English, {n}' });
    await loadLanguage('ko');
    expect(t('test.englishOnly', { n: 1 }, 'ko')).toBe('Only in English, 1');
  });

  it('chooses a {count:one|other} word by the count’s plural rule', () => {
    registerDictionary({ 'test.plural': '{n} {n:frame|frames}, {m} {m:byte is|bytes are} missing' });
    expect(t('test.plural', { n: 1, m: 2 })).toBe('1 frame, 2 bytes are missing');
    expect(t('test.plural', { n: 0, m: 1 })).toBe('0 frames, 1 byte is missing');
  });

  it('says “1 frame” and “3 frames” in the frame lab’s report, and counts with no plural in Korean', async () => {
    await loadLanguage('ko');
    expect(t('wsui.fragments.summary', { frames: 1, bytes: 7, single: 7 })).toBe('1 frame, 7 bytes on the wire; as a single frame it would be 7 bytes.');
    expect(t('wsui.fragments.summary', { frames: 3, bytes: 11, single: 7 })).toMatch(/^3 frames, 11 bytes/);
    expect(t('wsui.fragments.summary', { frames: 1, bytes: 7, single: 7 }, 'ko')).toBe('프레임 1개, 전송 7바이트. 프레임 하나로 보내면 7바이트입니다.');
  });

  it('lists Korean among the languages', () => {
    expect(languages).toEqual(['en', 'ko']);
  });
});
