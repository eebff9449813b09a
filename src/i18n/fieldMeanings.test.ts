import { describe, expect, it } from 'vitest';
import { t } from './index';
import { fieldMeaningsReady, loadFieldMeanings, registerFieldMeanings, wsMeanings } from './fieldMeanings.svelte';

// The order matters: the first test runs before anything is loaded.
describe('loadFieldMeanings', () => {
  it('leaves the field meanings out of the strings built in, so a page loads them only when a field is picked', () => {
    expect(fieldMeaningsReady()).toBe(false);
    expect(t('field.host')).toBe('field.host');
  });

  it('registers the English meanings', async () => {
    await loadFieldMeanings('en');
    expect(fieldMeaningsReady()).toBe(true);
    expect(t('field.host')).toMatch(/^Which site the request is for/);
  });

  it('loads the meanings of an area registered later (the WebSocket frames) on the next field', async () => {
    registerFieldMeanings(wsMeanings);
    expect(fieldMeaningsReady()).toBe(false);
    expect(t('wsfield.fin.final')).toBe('wsfield.fin.final');
    await loadFieldMeanings('en');
    expect(fieldMeaningsReady()).toBe(true);
    expect(t('wsfield.fin.final')).toMatch(/^FIN = 1/);
  });

  it('loads the Korean meanings for a Korean reader', async () => {
    await loadFieldMeanings('ko');
    expect(t('field.host', undefined, 'ko')).not.toBe(t('field.host'));
    expect(t('field.host', undefined, 'ko')).toMatch(/[가-힣]/);
    expect(t('wsfield.fin.final', undefined, 'ko')).toMatch(/[가-힣]/);
  });
});
