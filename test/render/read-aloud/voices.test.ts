import { describe, expect, it } from 'vitest';
import { languageMatch, pickVoice, primaryLang, voiceChoice } from '../../../src/render/read-aloud/voices';
import { voice } from './fake-speech';

const VOICES = [
  voice('Anna', 'de-DE'),
  voice('Cloud US', 'en-US', { localService: false, default: true }),
  voice('Daniel', 'en-GB'),
  voice('Samantha', 'en-US', { default: true }),
  voice('Alex', 'en_US'),
  voice('Amélie', 'fr-CA'),
];

describe('voices', () => {
  it('offers only the voices on the computer, the article language first (its exact variant, then the default)', () => {
    const choice = voiceChoice(VOICES, 'en-US');
    expect(choice.matching.map((v) => v.name)).toEqual(['Samantha', 'Alex', 'Daniel']);
    expect(choice.other.map((v) => v.name)).toEqual(['Anna', 'Amélie']);
    expect([...choice.matching, ...choice.other].some((v) => !v.localService)).toBe(false);
  });

  it('matches languages by tag and by primary subtag, whatever the case or separator', () => {
    expect(languageMatch(voice('a', 'EN_us'), 'en-US')).toBe(2);
    expect(languageMatch(voice('a', 'en-GB'), 'en')).toBe(1);
    expect(languageMatch(voice('a', 'de'), 'en')).toBe(0);
    expect(languageMatch(voice('a', 'de'), null)).toBe(0);
    expect(primaryLang('pt_BR')).toBe('pt');
  });

  it('picks the voice chosen before, else the best match, else the default, else any', () => {
    expect(pickVoice(voiceChoice(VOICES, 'en'), 'uri:Daniel')?.name).toBe('Daniel');
    expect(pickVoice(voiceChoice(VOICES, 'en'), 'uri:gone')?.name).toBe('Samantha');
    expect(pickVoice(voiceChoice(VOICES, 'de'), undefined)?.name).toBe('Anna');
    expect(pickVoice(voiceChoice(VOICES, 'ja'), undefined)?.name).toBe('Samantha');
    expect(pickVoice(voiceChoice([voice('Only', 'ja')], 'en'), undefined)?.name).toBe('Only');
    expect(pickVoice(voiceChoice([voice('Net', 'en', { localService: false })], 'en'), undefined)).toBeNull();
  });
});
