// The read-aloud state machine with a fake engine: play → pause → resume → stop, speed and voice
// changes mid-sentence, skipping, the end of the article, and the engines' quirks (late events of a
// cancelled utterance, refusals, an engine that never starts).
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createPlayer, START_TIMEOUT_MS } from '../../../src/render/read-aloud/player';
import type { PlayerSnapshot, SpokenSentence } from '../../../src/render/read-aloud/player';
import { fakeSpeech, voice } from './fake-speech';

const SENTENCES: SpokenSentence[] = [{ chunks: ['One.'] }, { chunks: ['Two, first half', 'second half.'] }, { chunks: ['Three.'] }];

function setup(sentences = SENTENCES) {
  const speech = fakeSpeech([voice('Anna', 'en-US')]);
  const changes: PlayerSnapshot[] = [];
  const player = createPlayer({ speech, onChange: (s) => changes.push(s) });
  player.load(sentences, 'en');
  const last = (): PlayerSnapshot | undefined => changes.at(-1);
  return { speech, player, changes, last };
}

describe('the read-aloud player', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('speaks one utterance per piece, in order, to the end, and says it finished', () => {
    const { speech, player, last } = setup();
    player.play();
    expect(last()).toMatchObject({ state: 'playing', index: 0, count: 3 });
    expect(speech.texts()).toEqual(['One.']);
    expect(speech.spoken[0]?.lang).toBe('en');
    speech.finish();
    expect(last()).toMatchObject({ state: 'playing', index: 1 });
    speech.finish();
    // The second piece of the same sentence: the index holds.
    expect(last()?.index).toBe(1);
    speech.finish();
    expect(last()?.index).toBe(2);
    speech.finish();
    expect(speech.texts()).toEqual(['One.', 'Two, first half', 'second half.', 'Three.']);
    expect(last()).toMatchObject({ state: 'stopped', index: 0, note: { kind: 'finished' } });
    expect(speech.cancels).toBe(0);
  });

  it('pauses by cancelling, keeps its place, and resumes with the piece it was in', () => {
    const { speech, player, last } = setup();
    player.play();
    speech.finish();
    speech.finish();
    expect(speech.current()?.text).toBe('second half.');
    player.pause();
    expect(last()).toMatchObject({ state: 'paused', index: 1, note: null });
    expect(speech.cancels).toBe(1);
    expect(speech.current()).toBeNull();
    // The cancelled utterance's late "interrupted" error and "end" change nothing.
    speech.dropped[0]?.emit('error', 'interrupted');
    speech.dropped[0]?.emit('end');
    expect(last()).toMatchObject({ state: 'paused', index: 1 });
    player.toggle();
    expect(last()).toMatchObject({ state: 'playing', index: 1 });
    expect(speech.texts().at(-1)).toBe('second half.');
    player.stop();
    expect(last()).toMatchObject({ state: 'stopped', index: 0, note: null });
    expect(speech.current()).toBeNull();
    player.play();
    expect(speech.texts().at(-1)).toBe('One.');
  });

  it('applies a new speed or voice at once, by saying the current piece again with it', () => {
    const { speech, player } = setup();
    player.play();
    speech.finish();
    player.setRate(1.5);
    expect(speech.texts().slice(-2)).toEqual(['Two, first half', 'Two, first half']);
    expect(speech.spoken.at(-1)?.rate).toBe(1.5);
    const german = voice('Anna', 'de-DE');
    player.setVoice(german);
    expect(speech.spoken.at(-1)?.voice).toBe(german);
    expect(speech.spoken.at(-1)?.rate).toBe(1.5);
    // While paused, a change waits for Play.
    player.pause();
    const count = speech.spoken.length;
    player.setRate(0.75);
    expect(speech.spoken.length).toBe(count);
    player.play();
    expect(speech.spoken.at(-1)?.rate).toBe(0.75);
  });

  it('skips to the next and previous sentence, and holds a place when stepping while stopped', () => {
    const { speech, player, last } = setup();
    player.next();
    expect(last()).toMatchObject({ state: 'paused', index: 1 });
    expect(speech.spoken).toEqual([]);
    player.play();
    expect(speech.texts()).toEqual(['Two, first half']);
    player.next();
    expect(speech.texts().at(-1)).toBe('Three.');
    player.previous();
    player.previous();
    expect(last()?.index).toBe(0);
    expect(speech.texts().at(-1)).toBe('One.');
    player.previous();
    expect(last()?.index).toBe(0);
    player.play(2);
    player.next();
    expect(last()).toMatchObject({ state: 'stopped', note: { kind: 'finished' } });
  });

  it('plays from a given sentence (the reader tab continuing the popup), clamped to the article', () => {
    const { speech, player, last } = setup();
    player.play(2);
    expect(speech.texts()).toEqual(['Three.']);
    player.play(99);
    expect(last()?.index).toBe(2);
  });

  it('pauses with a reason when the engine refuses, is interrupted or fails, and retries the same sentence', () => {
    const { speech, player, last } = setup();
    player.play();
    speech.fail('not-allowed');
    expect(last()).toMatchObject({ state: 'paused', index: 0, note: { kind: 'blocked' } });
    player.play();
    speech.finish();
    speech.fail('interrupted');
    expect(last()).toMatchObject({ state: 'paused', index: 1, note: { kind: 'interrupted' } });
    player.play();
    speech.fail('synthesis-failed');
    expect(last()).toMatchObject({ state: 'paused', index: 1, note: { kind: 'failed', error: 'synthesis-failed' } });
    player.play();
    expect(speech.texts().at(-1)).toBe('Two, first half');
    expect(last()?.note).toBeNull();
  });

  it('gives up on an engine that never starts speaking', () => {
    const { speech, player, last } = setup();
    player.play();
    vi.advanceTimersByTime(START_TIMEOUT_MS - 1);
    expect(last()?.state).toBe('playing');
    vi.advanceTimersByTime(1);
    expect(last()).toMatchObject({ state: 'paused', note: { kind: 'no-answer' } });
    expect(speech.cancels).toBe(1);
    // An engine that starts in time is not stopped.
    player.play();
    speech.current()?.emit('start');
    vi.advanceTimersByTime(START_TIMEOUT_MS * 2);
    expect(last()?.state).toBe('playing');
  });

  it('says there is nothing to read for an empty article', () => {
    const { speech, player, last } = setup([]);
    player.play();
    expect(last()).toMatchObject({ state: 'stopped', note: { kind: 'nothing-to-read' } });
    player.next();
    player.previous();
    expect(speech.spoken).toEqual([]);
  });

  it('goes on without a break when the sentences are found again (the article changed)', () => {
    const { speech, player, last } = setup();
    player.play();
    speech.finish();
    const spokenBefore = speech.spoken.length;
    player.replace([{ chunks: ['New.'] }, ...SENTENCES], 2);
    expect(last()).toMatchObject({ state: 'playing', index: 2, count: 4 });
    expect(speech.spoken.length).toBe(spokenBefore);
    speech.finish();
    expect(speech.texts().at(-1)).toBe('second half.');
    // The place is gone: stop.
    player.replace(SENTENCES, -1);
    expect(last()?.state).toBe('stopped');
  });

  it('stops, and forgets its place, when another article is loaded', () => {
    const { speech, player, last } = setup();
    player.play(1);
    player.load([{ chunks: ['Other.'] }], 'de');
    expect(last()).toMatchObject({ state: 'stopped', index: 0, count: 1 });
    expect(speech.current()).toBeNull();
    player.play();
    expect(speech.spoken.at(-1)?.lang).toBe('de');
  });
});
